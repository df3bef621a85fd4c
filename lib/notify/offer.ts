import type { Db } from "../db/client";
import type { Case, CitizenLink } from "../db/generated/client";
import { serviceOf } from "../services";
import { almatyDay } from "./links";
import type { CitizenLanguage, OfferView } from "./offer-view";
import { textVersion } from "./templates";
import { lookupHash } from "./token";

export type UsableOffer = { link: CitizenLink; case: Case };

/**
 * The offer a presented token opens: only a link that exists, is unused and unexpired, of a
 * case still waiting for the citizen's answer. Everything else is null, and the citizen page
 * answers every null the same way, so nobody can tell an expired link from one never issued.
 */
export async function findOffer(db: Db, token: string, now = new Date()) {
  const link = await db.citizenLink.findUnique({
    where: { tokenHash: lookupHash(token) },
    include: { case: true },
  });
  if (!link || link.usedAt || link.expiresAt <= now || link.case.state !== "notified") return null;

  const { case: c, ...rest } = link;
  return { link: rest, case: c } satisfies UsableOffer;
}

/** What the citizen's page says about the offer, in a language. */
export function offerView(offer: UsableOffer, language: CitizenLanguage): OfferView {
  const service = serviceOf(offer.case.serviceId);
  const message = service.messages[language];

  return {
    language,
    title: message.title,
    explanation: message.explanation,
    amount: { tenge: Number(offer.case.amount), kind: service.amount.kind },
    answerBy: almatyDay(offer.link.expiresAt),
  };
}

/** The version of the text a citizen answered: what the page showed, hashed. */
export function offerTextVersion(view: OfferView): string {
  return textVersion([
    view.language,
    view.title,
    view.explanation,
    String(view.amount.tenge),
    view.amount.kind,
    view.answerBy,
  ]);
}
