import type { Metadata } from "next";
import { headers } from "next/headers";
import { CitizenLinkUnusable } from "@/components/citizen/citizen-link-unusable";
import { CitizenOffer } from "@/components/citizen/citizen-offer";
import { CitizenShell } from "@/components/citizen/citizen-shell";
import { CitizenTooMany } from "@/components/citizen/citizen-too-many";
import { clientAddress } from "@/lib/auth/options";
import { getDb } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { pickLanguage } from "@/lib/notify/language";
import { findOffer, offerView } from "@/lib/notify/offer";
import type { CitizenLanguage } from "@/lib/notify/offer-view";
import { addressKey, withinRateLimit } from "@/lib/notify/rate-limit";
import { textsFor } from "@/lib/notify/texts";
import { answerAction } from "../actions";

export const dynamic = "force-dynamic";

// The token is in this page's address: it must not leak to other sites or search engines
// ("same-origin", not "no-referrer": a form posted under no-referrer sends Origin: null,
// which the server actions refuse as a forged request).
export const metadata: Metadata = {
  title: "Benefit offer",
  referrer: "same-origin",
  robots: { index: false, follow: false },
};

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : null);

/**
 * The page a citizen's link opens: the offer in their language, answered with a form that
 * needs no JavaScript. Every link that cannot be used gets one and the same page.
 */
export default async function CitizenLinkPage({ params, searchParams }: Props) {
  const { token } = await params;
  const query = await searchParams;
  const request = await headers();
  const language = pickLanguage(request.get("accept-language"), one(query.lang));
  const switchHref = (lang: CitizenLanguage) => `/n/${encodeURIComponent(token)}?lang=${lang}`;
  const shell = (children: React.ReactNode) => (
    <CitizenShell language={language} switchHref={switchHref}>
      {children}
    </CitizenShell>
  );

  const db = getDb();
  const key = addressKey("n", clientAddress(request));
  const limited = one(query.limited) === "1";
  if (limited || !(await withinRateLimit(db, key, getEnv().NOTIFY_RATE_LIMIT))) {
    return shell(<CitizenTooMany language={language} />);
  }

  const offer = await findOffer(db, token);
  if (!offer) return shell(<CitizenLinkUnusable language={language} />);

  const texts = textsFor(language);
  const error = one(query.error);
  const message =
    error === "iin" ? texts.errors.reasonPersonal : error ? texts.errors.notSaved : undefined;
  return shell(
    <CitizenOffer
      offer={offerView(offer, language)}
      token={token}
      answer={answerAction}
      error={message}
    />,
  );
}
