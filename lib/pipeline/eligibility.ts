import { computeEligibility } from "../services/compute-eligibility";
import type { Stage } from "./stage";

/**
 * Eligibility: who is entitled to every proactive service in the snapshot, and who of them
 * already receives the benefit (lib/services). Counts per service: entitled, already
 * receiving, new. A service whose sources the snapshot lacks is not run and is reported.
 */
export const eligibility: Stage = {
  name: "eligibility",
  async run(context) {
    const { counts, skipped } = await computeEligibility(
      context.lake,
      context.snapshotDate,
      context.progress,
    );
    const services: Record<string, Record<string, number>> = { ...counts };
    const total = Object.values(counts).reduce((sum, c) => sum + c.new, 0);

    return {
      counts: {
        ...services,
        new_candidates: total,
        services_skipped_for_missing_sources: Object.keys(skipped).length,
      },
    };
  },
};
