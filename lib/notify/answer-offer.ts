import { z } from "zod";
import type { Db } from "../db/client";
import { system } from "../cases/actor";
import { appendCaseEvents } from "../cases/case-event";
import { log } from "../log";
import { findOffer, offerTextVersion, offerView } from "./offer";
import { CITIZEN_LANGUAGES } from "./offer-view";

/** A citizen's answer as the page's form posts it. */
export const AnswerInput = z.object({
  token: z.string().max(200),
  decision: z.enum(["accepted", "declined"], { error: "Choose accept or decline" }),
  reason: z
    .string()
    .trim()
    .max(500, "A reason has at most 500 characters")
    .refine((text) => !/\d{12}/.test(text), "Please do not write your IIN")
    .optional()
    .transform((text) => text || undefined),
  language: z.enum(CITIZEN_LANGUAGES).catch("kk"),
});
export type AnswerInput = z.input<typeof AnswerInput>;

/** Another answer came first; thrown to roll the transaction back. */
class LostRace extends Error {}

export type AnswerOutcome =
  | { kind: "answered"; decision: "accepted" | "declined" }
  /** Expired, used, unknown or tampered: all the same to the citizen. */
  | { kind: "unusable" };

/**
 * Records a citizen's answer: the link is used up, the consent is written (immutable: case,
 * purpose, decision, time, channel, language, version of the text shown) and the case moves
 * to accepted or declined, all in one transaction. A replayed or concurrent answer finds the
 * link used or the case moved on and changes nothing.
 */
export async function answerOffer(
  db: Db,
  input: z.output<typeof AnswerInput>,
  now = new Date(),
): Promise<AnswerOutcome> {
  const offer = await findOffer(db, input.token, now);
  if (!offer) return { kind: "unusable" };
  const view = offerView(offer, input.language);
  const accepted = input.decision === "accepted";

  const done = await db
    .$transaction(async (tx) => {
      const used = await tx.citizenLink.updateMany({
        where: { id: offer.link.id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      const moved = await tx.case.updateMany({
        where: { id: offer.case.id, state: "notified", version: offer.case.version },
        data: {
          state: input.decision,
          version: { increment: 1 },
          updatedAt: now,
          ...(accepted ? {} : { declinedAt: now }),
        },
      });
      if (used.count === 0 || moved.count === 0) throw new LostRace();

      await tx.consent.create({
        data: {
          caseId: offer.case.id,
          linkId: offer.link.id,
          purpose: `benefit_offer:${offer.case.serviceId}`,
          decision: input.decision,
          reason: input.reason ?? null,
          at: now,
          channel: "link",
          language: input.language,
          textVersion: offerTextVersion(view),
        },
      });
      const reason = accepted ? "citizen_accepted" : "citizen_declined";
      const event = {
        caseId: offer.case.id,
        from: "notified" as const,
        to: input.decision,
        reason,
      };
      await appendCaseEvents(tx, system("citizen"), [event], now);
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof LostRace) return false;
      throw error;
    });
  // A lost race rolls the whole transaction back: the other answer stands.
  if (!done) return { kind: "unusable" };

  log.info({ caseId: offer.case.id, decision: input.decision }, "citizen answered");
  return { kind: "answered", decision: input.decision };
}
