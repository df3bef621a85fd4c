import type { Prisma } from "../db/generated/client";

/** A social worker and the cases awaiting a decision they already hold. */
export type Workload = { workerId: string; districtKato: string; load: number };

/** A run of new cases (numbered 1.. within their district) that go to one worker. */
export type AssignedRange = { districtKato: string; workerId: string; first: number; last: number };

/**
 * Shares `count` new cases of a district among its workers, each next case to the worker with
 * the least open workload (ties by id), so loads end as even as they can. Returned as one
 * range of case numbers per worker, for set-wise assignment in SQL.
 */
export function planAssignment(workers: Workload[], districtKato: string, count: number) {
  const loads = workers
    .filter((worker) => worker.districtKato === districtKato)
    .map((worker) => ({ ...worker, added: 0 }))
    .sort((a, b) => a.load - b.load || a.workerId.localeCompare(b.workerId));
  if (loads.length === 0) return [];

  for (let i = 0; i < count; i++) {
    let least = loads[0]!;
    for (const worker of loads) {
      if (worker.load + worker.added < least.load + least.added) least = worker;
    }
    least.added++;
  }

  const ranges: AssignedRange[] = [];
  let next = 1;
  for (const worker of loads.filter((w) => w.added > 0)) {
    ranges.push({
      districtKato,
      workerId: worker.workerId,
      first: next,
      last: next + worker.added - 1,
    });
    next += worker.added;
  }
  return ranges;
}

/** The active social workers of the districts and their open workload, read set-wise. */
export async function workloads(
  tx: Prisma.TransactionClient,
  districts: string[],
): Promise<Workload[]> {
  if (districts.length === 0) return [];

  const rows = await tx.$queryRaw<{ id: string; district: string; load: number }[]>`
    SELECT u.id::text AS id, u.district_code AS district,
      (SELECT count(*) FROM cases c
       WHERE c.assignee_id = u.id AND c.state IN ('candidate', 'in_review'))::int AS load
    FROM users u
    WHERE u.role = 'social_worker' AND u.active AND u.scope_level = 'district'
      AND u.district_code = ANY(${districts}::text[])`;

  return rows.map((row) => ({ workerId: row.id, districtKato: row.district, load: row.load }));
}
