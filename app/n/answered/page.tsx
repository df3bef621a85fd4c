import type { Metadata } from "next";
import { headers } from "next/headers";
import { CitizenAnswered } from "@/components/citizen/citizen-answered";
import { CitizenShell } from "@/components/citizen/citizen-shell";
import { pickLanguage } from "@/lib/notify/language";
import type { CitizenLanguage } from "@/lib/notify/offer-view";

export const metadata: Metadata = { title: "Thank you", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** After an answer: what happens next. The address holds no token and nothing personal. */
export default async function AnsweredPage({ searchParams }: Props) {
  const query = await searchParams;
  const requested = typeof query.lang === "string" ? query.lang : null;
  const language = pickLanguage((await headers()).get("accept-language"), requested);
  const decision = query.decision === "declined" ? "declined" : "accepted";
  const switchHref = (lang: CitizenLanguage) => `/n/answered?decision=${decision}&lang=${lang}`;

  return (
    <CitizenShell language={language} switchHref={switchHref}>
      <CitizenAnswered language={language} decision={decision} />
    </CitizenShell>
  );
}
