import type { Role } from "../auth/roles";
import type { SystemChannel } from "./actor";
import type { CaseState } from "./states";

type Transition = {
  from: readonly CaseState[];
  to: CaseState;
  /** Staff roles that may make it, within their scope. */
  roles: readonly Role[];
  /** Parts of the portal that may make it on their own. */
  system: readonly SystemChannel[];
  /** The reason codes a decision form offers; anything else is refused. */
  reasons: readonly string[];
  /** Never by the staff member who recommended the case (separation of duties). */
  notByReviewer?: true;
  /** Entitlement is checked again against the latest snapshot first (lib/cases/approve-cases). */
  recheck?: true;
};

/**
 * The whole workflow: candidate → in_review → approved | rejected → notified → accepted |
 * declined | expired → paid | closed. A worker recommends, a supervisor decides, the
 * notification and the citizen's answer move it on, payments end it. Regional managers,
 * analysts, auditors and administrators move no case.
 */
export const TRANSITIONS = {
  recommend: {
    from: ["candidate"],
    to: "in_review",
    roles: ["social_worker", "supervisor"],
    system: [],
    reasons: ["recommend_approve", "recommend_reject"],
  },
  return: {
    from: ["in_review"],
    to: "candidate",
    roles: ["supervisor"],
    system: [],
    reasons: ["more_review_needed"],
  },
  approve: {
    from: ["in_review"],
    to: "approved",
    roles: ["supervisor"],
    system: [],
    reasons: ["entitlement_confirmed"],
    notByReviewer: true,
    recheck: true,
  },
  reject: {
    from: ["in_review"],
    to: "rejected",
    roles: ["supervisor"],
    system: [],
    reasons: ["not_entitled", "already_receiving", "data_error", "deceased", "moved_away"],
    notByReviewer: true,
  },
  notify: {
    from: ["approved"],
    to: "notified",
    roles: [],
    system: ["notify"],
    reasons: ["notification_sent"],
  },
  accept: {
    from: ["notified"],
    to: "accepted",
    roles: ["social_worker"],
    system: ["citizen"],
    reasons: ["citizen_accepted"],
  },
  decline: {
    from: ["notified"],
    to: "declined",
    roles: ["social_worker"],
    system: ["citizen"],
    reasons: ["citizen_declined"],
  },
  expire: {
    from: ["notified"],
    to: "expired",
    roles: [],
    system: ["expiry"],
    reasons: ["no_reply"],
  },
  pay: {
    from: ["accepted"],
    to: "paid",
    roles: [],
    system: ["payments"],
    reasons: ["payment_made"],
  },
  close: {
    from: ["approved", "notified", "accepted", "rejected", "declined", "expired"],
    to: "closed",
    roles: ["supervisor"],
    system: ["payments"],
    reasons: ["no_longer_entitled", "duplicate", "deceased", "moved_away", "archived"],
  },
} as const satisfies Record<string, Transition>;

export type CaseAction = keyof typeof TRANSITIONS;

export const CASE_ACTIONS = Object.keys(TRANSITIONS) as CaseAction[];

export function transitionOf(action: CaseAction): Transition {
  return TRANSITIONS[action];
}

/** The actions a role may take on a case in a given state (what the case page offers). */
export function actionsFor(role: Role, state: CaseState): CaseAction[] {
  return CASE_ACTIONS.filter((action) => {
    const t = transitionOf(action);
    return t.roles.includes(role) && t.from.includes(state);
  });
}
