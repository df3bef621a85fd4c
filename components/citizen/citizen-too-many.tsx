import { CitizenNotice } from "./citizen-notice";
import type { CitizenLanguage } from "@/lib/notify/offer-view";
import { textsFor } from "@/lib/notify/texts";

/** The page shown when links are opened too often: wait, then try again. */
export function CitizenTooMany({ language }: { language: CitizenLanguage }) {
  const texts = textsFor(language).tooMany;

  return (
    <CitizenNotice title={texts.heading}>
      <p>{texts.body}</p>
    </CitizenNotice>
  );
}
