import { z } from "zod";

// What an alert keeps as its evidence (the `evidence` column), checked again when read back.
// Subjects are family ids and "family <id>" / "case <id>": never a name, IIN or phone.
const common = {
  count: z.number().int(),
  threshold: z.number(),
  subjects: z.array(z.string()),
};

export const UsualEvidence = z.object({
  ...common,
  baselineMedian: z.number(),
  baselineDays: z.number().int(),
  factor: z.number(),
  minReads: z.number().int(),
});
export type UsualEvidence = z.infer<typeof UsualEvidence>;

export const PeerEvidence = z.object({
  ...common,
  peerMedian: z.number(),
  peers: z.number().int(),
  factor: z.number(),
  minReads: z.number().int(),
});
export type PeerEvidence = z.infer<typeof PeerEvidence>;

export const OutOfScopeEvidence = z.object(common);
export type OutOfScopeEvidence = z.infer<typeof OutOfScopeEvidence>;

/** An alert's evidence by its kind. */
export type EvidenceOf = {
  card_reads_above_usual: UsualEvidence;
  card_reads_above_peers: PeerEvidence;
  out_of_scope_hits: OutOfScopeEvidence;
};

export const EVIDENCE_SCHEMAS = {
  card_reads_above_usual: UsualEvidence,
  card_reads_above_peers: PeerEvidence,
  out_of_scope_hits: OutOfScopeEvidence,
} as const;
