import type { Scope } from "../auth/scope";
import { ROLE_LABELS } from "../auth/roles";
import type { Actor } from "./actor";
import { TransitionError } from "./errors";
import { transitionOf, type CaseAction } from "./transitions";

/** Refuses an action the actor's role (or the part of the portal) may not take. */
export function authoriseAction(actor: Actor, action: CaseAction, reason: string): void {
  const transition = transitionOf(action);
  const allowed =
    actor.kind === "staff"
      ? transition.roles.includes(actor.user.role)
      : transition.system.includes(actor.channel);
  if (!allowed) {
    const who = actor.kind === "staff" ? `A ${ROLE_LABELS[actor.user.role].toLowerCase()}` : "It";
    throw new TransitionError(`${who} cannot ${action} a case`);
  }
  if (!transition.reasons.includes(reason)) {
    throw new TransitionError(`"${reason}" is not a reason to ${action} a case`);
  }
}

/** Where the actor may act: a staff member's scope; the portal's own parts everywhere. */
export function actorScope(actor: Actor): Scope {
  return actor.kind === "staff" ? actor.user.scope : { level: "national" };
}
