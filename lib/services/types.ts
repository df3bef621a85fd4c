import type { LocalisedName } from "../geo/types";

export type Locale = "kk" | "ru" | "en";
export const LOCALES: readonly Locale[] = ["kk", "ru", "en"];

/** A rule's threshold or amount, bound as a ClickHouse query parameter of its type. */
export type ServiceParam =
  | { type: "Float64" | "UInt32"; value: number; description: string }
  | { type: "Array(Float64)"; value: number[]; description: string };

/**
 * One piece of evidence a worker sees on a case: a value from a source registry and, when it
 * is a condition of the rule, the test the value must pass. A service's rule is all of its
 * conditions' tests together, so the evidence always shows exactly what the rule checked.
 */
export type Evidence = {
  /** Key of the value in the eligibility table's evidence map. */
  id: string;
  label: LocalisedName;
  /** SQL value over the facts (`p.` a member, `f.` the family, `a.` the family's aggregates). */
  value: string;
  /** Source registries the value is read from (lib/pipeline/sources ids). */
  sources: readonly string[];
} & (EvidenceCondition | { holds?: undefined; test?: undefined });

/**
 * The test of a condition, both as the rule runs it and as a worker reads it: a value that
 * only sets the amount has neither.
 */
export type EvidenceCondition = {
  /** SQL condition the value must meet. */
  holds: string;
  /**
   * The same condition in a worker's English, saying what the value must meet, with the
   * values it binds as `{name}` (its own parameters and `pm`, `mrp`, `snapshot_date`):
   * "at least {min_insured_months} months with social contributions".
   */
  test: string;
};

export type Message = {
  title: string;
  /** The SMS; `{link}` becomes the citizen's answer link. */
  sms: string;
  /** Why the citizen is entitled, in plain words and without sensitive details. */
  explanation: string;
};

export type AmountRule = {
  /** Paid every month, once, or in kind (a cost estimate, in tenge). */
  kind: "monthly" | "lump_sum" | "in_kind";
  /** SQL of the amount in tenge over the same facts as the evidence. */
  sql: string;
  /** The rule in words, for the docs and the case page. */
  words: string;
};

/**
 * A proactive service: who it is for, the rule that finds them in one snapshot of the lake,
 * what a worker checks, what it pays, and what the citizen is told.
 *
 * A person service is evaluated per member (`p.`, member facts) with their family (`f.`); a
 * family service per family (`f.`) with `aggregates` over its members (`a.`), which may use
 * the service's parameters. Facts: lib/services/facts/.
 */
export type Service = {
  /** Stable slug: cases, the lake and messages refer to it. */
  id: string;
  subject: "person" | "family";
  name: LocalisedName;
  legalBasis: string;
  params: Record<string, ServiceParam>;
  /** Family services: per-family SQL over the members' facts, read as `a.<name>`. */
  aggregates?: Record<string, string>;
  evidence: readonly Evidence[];
  amount: AmountRule;
  /** SQL: the subject already receives the benefit (state benefits or insurance payments). */
  receives: { sql: string; sources: readonly string[]; words: string };
  /**
   * SQL of who receives the benefit and the message, when not the subject itself: the
   * family's head for family services, a parent for a child.
   */
  recipient?: string;
  /** Where the lake lacks what the rule needs, and the proxy used instead. */
  dataNotes: readonly string[];
  messages: Record<Locale, Message>;
  reviewDays: number;
};
