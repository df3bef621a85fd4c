import { CitizenNotice } from "./citizen-notice";
import type { CitizenLanguage } from "@/lib/notify/offer-view";
import { textsFor } from "@/lib/notify/texts";

type Props = { language: CitizenLanguage; decision: "accepted" | "declined" };

/** What the citizen sees once their answer is recorded: what happens next. */
export function CitizenAnswered({ language, decision }: Props) {
  const texts = textsFor(language)[decision];

  return (
    <CitizenNotice title={texts.heading}>
      <p>{texts.body}</p>
    </CitizenNotice>
  );
}
