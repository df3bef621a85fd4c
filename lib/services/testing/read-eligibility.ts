import type { LakeClient } from "../../clickhouse/client";

export type EligibilityRow = {
  subject_id: string;
  person_id: string;
  family_id: string;
  region_code: string;
  amount: number;
  evidence: Record<string, string>;
  already_receives: boolean;
};

/** A service's rows of a snapshot by subject, as the stage wrote them. */
export async function eligibilityOf(
  lake: LakeClient,
  day: string,
  serviceId: string,
): Promise<Map<string, EligibilityRow>> {
  const result = await lake.query({
    query: `SELECT subject_id, person_id, family_id, region_code, toFloat64(amount) AS amount,
        evidence, already_receives
      FROM eligibility WHERE snapshot_date = {day:Date} AND service_id = {service:String}`,
    query_params: { day, service: serviceId },
    format: "JSONEachRow",
  });
  const rows = await result.json<EligibilityRow>();

  return new Map(rows.map((row) => [row.subject_id, row]));
}
