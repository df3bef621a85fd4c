import { createCases, type CreateCounts } from "../cases/create-cases";
import type { Candidate } from "../cases/candidate";
import { SERVICES } from "../services";
import { newCandidates, type EligibleSubject } from "../services/eligible-subjects";
import { sealCaseIdentities } from "./seal-case-identities";
import type { Stage } from "./stage";

const PAGE = 50_000;
const DISTRICT = /^\d{9}$/;

const toCandidate =
  (snapshotDate: string) =>
  (subject: EligibleSubject): Candidate => ({
    serviceId: subject.serviceId,
    pseudonym: subject.subjectId,
    familyId: subject.familyId,
    snapshotDate,
    regionCode: subject.regionCode,
    districtKato: subject.districtKato,
    amount: subject.amount,
    evidence: subject.evidence,
  });

async function countNew(context: Parameters<Stage["run"]>[0]): Promise<number> {
  const result = await context.lake.query({
    query: `SELECT toUInt64(count()) AS n FROM eligibility
      WHERE snapshot_date = {snapshot_date:Date} AND NOT already_receives`,
    query_params: { snapshot_date: context.snapshotDate },
    format: "JSONEachRow",
  });
  return Number((await result.json<{ n: string }>())[0]?.n ?? 0);
}

/**
 * Cases: every new candidate of the eligibility stage becomes a case, unless the subject has an
 * open case for the service or declined it within CASE_COOLOFF_DAYS (createCases, idempotent:
 * a rerun creates nothing). Then the identities of case subjects are read from this run's
 * deliveries and sealed into the vault.
 */
export const cases: Stage = {
  name: "cases",
  async run(context) {
    const { db, lake, env, snapshotDate } = context;
    const reviewDays = Object.fromEntries(SERVICES.map((s) => [s.id, s.reviewDays]));
    const options = { now: new Date(), reviewDays, cooloffDays: env.CASE_COOLOFF_DAYS };
    const total = await countNew(context);
    const counts: CreateCounts = {
      created: 0,
      skippedOpen: 0,
      skippedCooloff: 0,
      duplicates: 0,
      unassigned: 0,
    };

    // A family with no registered address in a known district has no one to review its case:
    // it is counted, and found again by the next sync once its address is known.
    let withoutDistrict = 0;
    let done = 0;
    for await (const page of newCandidates(lake, snapshotDate, { pageSize: PAGE })) {
      const placed = page.filter((subject) => DISTRICT.test(subject.districtKato));
      withoutDistrict += page.length - placed.length;
      const created = await createCases(db, placed.map(toCandidate(snapshotDate)), options);
      for (const key of Object.keys(counts) as (keyof CreateCounts)[]) {
        counts[key] += created[key];
      }
      done += page.length;
      await context.progress((0.7 * done) / Math.max(total, 1));
    }

    const identities = await sealCaseIdentities(context, total, async (fraction) =>
      context.progress(0.7 + 0.3 * fraction),
    );
    return {
      counts: {
        candidates: total,
        ...counts,
        without_district: withoutDistrict,
        identities_sealed: identities,
      },
    };
  },
};
