import type { Scope } from "../auth/scope";
import type { Db } from "../db/client";
import type { Area } from "./area";
import { areaSql } from "./case-area";

/**
 * How long one service's cases waited for their decision: from the case's creation to its
 * first approval or rejection, over the decisions in a period.
 */
export type DecisionTimes = {
  serviceId: string;
  decided: number;
  medianHours: number;
  p90Hours: number;
};

/**
 * Decision times per service for the decisions made in the area (inside the user's scope) at
 * or after `since`, read from the case_decisions summary. The median and 90th percentile are
 * nearest-rank percentiles of the times rounded down to the hour: counting decisions per hour
 * (a few thousand groups) instead of sorting every decision, or ranking tenths of an hour,
 * keeps a national quarter of decisions (200,000 in the bench) within the dashboards' time
 * budget. A review takes days, so the hour is precision enough. Sorted by service id.
 */
export async function decisionTimes(
  db: Db,
  scope: Scope,
  area: Area,
  since: Date,
): Promise<DecisionTimes[]> {
  return db.$queryRaw<DecisionTimes[]>`
    WITH hours AS (
      SELECT s.service_id, s.minutes / 60 AS hour, count(*) AS n
      FROM case_decisions s
      WHERE s.decided_at >= ${since} AND ${areaSql(scope, area)}
      GROUP BY s.service_id, s.minutes / 60
    ), running AS (
      SELECT service_id, hour,
        sum(n) OVER (PARTITION BY service_id ORDER BY hour) AS upto,
        sum(n) OVER (PARTITION BY service_id) AS total
      FROM hours
    )
    SELECT service_id AS "serviceId", max(total)::int AS decided,
      (min(hour) FILTER (WHERE upto >= 0.5 * total))::float8 AS "medianHours",
      (min(hour) FILTER (WHERE upto >= 0.9 * total))::float8 AS "p90Hours"
    FROM running
    GROUP BY service_id
    ORDER BY service_id`;
}
