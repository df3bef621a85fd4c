import type { LakeClient } from "../clickhouse/client";
import { SERVICES, serviceOf } from "./index";

/** One entitled subject of a service in a snapshot, as the cases stage reads it. */
export type EligibleSubject = {
  serviceId: string;
  /** A person's pseudonym for a person service, the family id for a family service. */
  subjectId: string;
  /** Pseudonym of who receives the benefit and the message. */
  personId: string;
  familyId: string;
  regionCode: string;
  districtKato: string;
  /** Tenge: a month, once, or the cost in kind, by the service's amount rule. */
  amount: number;
  /** Evidence values by the service's evidence ids. */
  evidence: Record<string, string>;
  alreadyReceives: boolean;
};

type Row = {
  service_id: string;
  subject_id: string;
  person_id: string;
  family_id: string;
  region_code: string;
  district_kato: string;
  amount: number;
  evidence: Record<string, string>;
  already_receives: boolean;
};

export type SubjectsOptions = { onlyNew?: boolean; pageSize?: number };

const toSubject = (row: Row): EligibleSubject => ({
  serviceId: row.service_id,
  subjectId: row.subject_id,
  personId: row.person_id,
  familyId: row.family_id,
  regionCode: row.region_code,
  districtKato: row.district_kato,
  amount: Number(row.amount),
  evidence: row.evidence,
  alreadyReceives: Boolean(row.already_receives),
});

/**
 * Everyone entitled to a service in a snapshot, in pages read in the table's order and
 * resumed after the last key, so a list of hundreds of thousands never sits in memory whole.
 */
export async function* eligibleSubjects(
  lake: LakeClient,
  snapshotDate: string,
  serviceId: string,
  options: SubjectsOptions = {},
): AsyncGenerator<EligibleSubject[]> {
  const service = serviceOf(serviceId);
  const pageSize = options.pageSize ?? 10_000;
  let after = { region: "", district: "", subject: "" };
  for (;;) {
    const result = await lake.query({
      query: `SELECT service_id, subject_id, person_id, family_id, region_code, district_kato,
          toFloat64(amount) AS amount, evidence, already_receives
        FROM eligibility
        WHERE snapshot_date = {snapshot_date:Date} AND service_id = {service_id:String}
          AND (region_code, district_kato, subject_id) >
            ({region:String}, {district:String}, {subject:String})
          ${options.onlyNew ? "AND NOT already_receives" : ""}
        ORDER BY region_code, district_kato, subject_id
        LIMIT {page_size:UInt32}`,
      query_params: {
        snapshot_date: snapshotDate,
        service_id: service.id,
        ...after,
        page_size: pageSize,
      },
      format: "JSONEachRow",
    });
    const rows = await result.json<Row>();
    const last = rows.at(-1);
    if (!last) return;

    yield rows.map(toSubject);
    if (rows.length < pageSize) return;
    after = { region: last.region_code, district: last.district_kato, subject: last.subject_id };
  }
}

/**
 * The new candidates of a snapshot, service by service: entitled now and not already
 * receiving the benefit. Open cases and recent declines are Postgres's to filter out.
 */
export async function* newCandidates(
  lake: LakeClient,
  snapshotDate: string,
  options: Omit<SubjectsOptions, "onlyNew"> = {},
): AsyncGenerator<EligibleSubject[]> {
  for (const service of SERVICES) {
    yield* eligibleSubjects(lake, snapshotDate, service.id, { ...options, onlyNew: true });
  }
}
