import type { CaseAction } from "./transitions";

/** What each action's button says on the case page. */
export const ACTION_LABELS: Record<CaseAction, string> = {
  recommend: "Recommend",
  return: "Return for review",
  approve: "Approve",
  reject: "Reject",
  notify: "Notify",
  accept: "Record acceptance",
  decline: "Record refusal",
  expire: "Expire",
  pay: "Mark paid",
  close: "Close",
};

/** Reason codes in words: decisions, the portal's own moves, and flags. */
export const REASON_LABELS: Record<string, string> = {
  entitlement_found: "Found entitled by the sync",
  recommend_approve: "Recommend approval",
  recommend_reject: "Recommend rejection",
  more_review_needed: "More review needed",
  entitlement_confirmed: "Entitlement confirmed",
  not_entitled: "Not entitled",
  already_receiving: "Already receives the benefit",
  data_error: "Registry data is wrong",
  deceased: "The person has died",
  moved_away: "Moved out of the district",
  notification_sent: "Notification sent",
  citizen_accepted: "The citizen accepted",
  citizen_declined: "The citizen declined",
  no_reply: "No reply in time",
  payment_made: "Payment made",
  no_longer_entitled: "No longer entitled in the latest snapshot",
  duplicate: "Duplicate case",
  archived: "Archived",
  reassigned: "Reassigned",
};

export const reasonLabel = (code: string) => REASON_LABELS[code] ?? code.replaceAll("_", " ");

/** Approved cases wait for the notification of the citizen links; the worklist says so. */
export const STATE_HINTS: Partial<Record<string, string>> = {
  approved: "awaiting notification",
  notified: "awaiting the citizen's answer",
  accepted: "awaiting payment",
};
