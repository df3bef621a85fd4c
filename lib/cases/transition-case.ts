import type { Db } from "../db/client";
import type { Case, Prisma } from "../db/generated/client";
import { actorScope, authoriseAction } from "./authorise";
import type { Actor } from "./actor";
import { appendCaseEvents } from "./case-event";
import { caseScopeWhere } from "./case-scope";
import { DecisionInput } from "./decision-input";
import {
  CaseNotFoundError,
  ConflictError,
  SeparationOfDutiesError,
  TransitionError,
} from "./errors";
import { recordDecision } from "./record-decision";
import { STATE_LABELS } from "./states";
import { transitionOf, type CaseAction } from "./transitions";

/** The columns an action sets besides the state, version and time. */
function changesOf(action: CaseAction, actor: Actor, reason: string, now: Date) {
  const actorId = actor.kind === "staff" ? actor.user.id : null;
  const changes: Prisma.CaseUpdateManyMutationInput = {};
  if (action === "recommend") {
    changes.reviewerId = actorId;
    changes.recommendation = reason === "recommend_approve" ? "approve" : "reject";
  }
  if (action === "return") changes.recommendation = null;
  if (action === "reject") changes.deciderId = actorId;
  if (action === "decline") changes.declinedAt = now;

  return changes;
}

/**
 * Moves one case by one action of the workflow (lib/cases/transitions.ts), after checking the
 * actor's role, their scope, the case's state and the version the actor saw; the case event is
 * written in the same transaction. Of two people acting on the same version, one wins and the
 * other gets a ConflictError. Approval goes through approveCases, which checks entitlement
 * again first.
 */
export async function transitionCase(
  db: Db,
  actor: Actor,
  input: DecisionInput,
  now = new Date(),
): Promise<Case> {
  const decision = DecisionInput.parse(input);
  const transition = transitionOf(decision.action);
  if (transition.recheck) {
    throw new TransitionError("Approval checks entitlement again: approve through the list");
  }
  authoriseAction(actor, decision.action, decision.reason);

  return db.$transaction(async (tx) => {
    const where = { id: decision.caseId, ...caseScopeWhere(actorScope(actor)) };
    const found = await tx.case.findFirst({ where });
    if (!found) throw new CaseNotFoundError(decision.caseId);
    if (found.version !== decision.version) throw new ConflictError(decision.caseId);
    if (!(transition.from as readonly string[]).includes(found.state)) {
      const state = STATE_LABELS[found.state].toLowerCase();
      throw new TransitionError(`Case ${found.id} is ${state}: it cannot ${decision.action}`);
    }
    const ownReview = actor.kind === "staff" && found.reviewerId === actor.user.id;
    if (transition.notByReviewer && ownReview) throw new SeparationOfDutiesError(found.id);

    const updated = await tx.case.updateMany({
      where: { id: found.id, version: found.version, state: found.state },
      data: {
        ...changesOf(decision.action, actor, decision.reason, now),
        state: transition.to,
        version: { increment: 1 },
        updatedAt: now,
      },
    });
    if (updated.count === 0) throw new ConflictError(found.id);

    const { action, reason, note } = decision;
    const event = { caseId: found.id, from: found.state, to: transition.to, reason, note };
    await appendCaseEvents(tx, actor, [event], now);
    if (actor.kind === "staff") await recordDecision(tx, actor.user, { ...event, action });
    return tx.case.findUniqueOrThrow({ where: { id: found.id } });
  });
}
