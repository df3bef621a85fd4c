import { ROLE_LABELS, type Role } from "../../auth/roles";
import type { AnomalyKind } from "../../db/generated/enums";
import { EVIDENCE_SCHEMAS, type EvidenceOf } from "./evidence";

export const ANOMALY_KIND_LABELS: Record<AnomalyKind, string> = {
  card_reads_above_usual: "Read far more family cards than usual",
  card_reads_above_peers: "Read far more family cards than peers",
  out_of_scope_hits: "Kept asking for records outside their scope",
};

const NUMBER = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
const n = (value: number) => NUMBER.format(value);

const peersOf = (role: Role | null) =>
  role ? `Other ${ROLE_LABELS[role].toLowerCase()}s` : "Others of the same role";

const LINES: { [K in AnomalyKind]: (e: EvidenceOf[K], role: Role | null) => string[] } = {
  card_reads_above_usual: (e) => [
    `${n(e.count)} family cards read in the day.`,
    `Usually ${n(e.baselineMedian)} a day: the median of the ${e.baselineDays} days before.`,
    `Raised at ${n(e.threshold)} or more: ${n(e.factor)} × usual, and at least ${e.minReads}.`,
  ],
  card_reads_above_peers: (e, role) => [
    `${n(e.count)} family cards read in the day.`,
    `${peersOf(role)} read ${n(e.peerMedian)} ` +
      `(the median of ${e.peers} who read cards that day).`,
    `Raised at ${n(e.threshold)} or more: ${n(e.factor)} × peers, and at least ${e.minReads}.`,
  ],
  out_of_scope_hits: (e) => [
    `${n(e.count)} requests for families or cases outside their scope, each answered ` +
      `"not found".`,
    `Raised at ${n(e.threshold)} or more.`,
  ],
};

/** An alert's evidence as sentences and its sample of subjects, for the auditors' page. */
export function evidenceWords(
  kind: AnomalyKind,
  evidence: unknown,
  role: Role | null,
): { lines: string[]; subjects: string[] } {
  const parsed = EVIDENCE_SCHEMAS[kind].safeParse(evidence);
  if (!parsed.success) return { lines: ["The evidence does not read."], subjects: [] };
  const lines = LINES[kind] as (e: typeof parsed.data, role: Role | null) => string[];

  return { lines: lines(parsed.data, role), subjects: parsed.data.subjects };
}
