import type { Service } from "./types";

/** Where the facts come from: work tables in the stage, subqueries in a dry run. */
export type FactRelations = { persons: string; families: string };

/** A service's rule over the facts, as the parts of a query. */
export type RuleSql = {
  from: string;
  where: string;
  subjectId: string;
  recipientId: string;
  familyId: string;
  amount: string;
  receives: string;
  evidence: string;
};

const group = (sql: string) => `(${sql.trim()})`;

function aggregatesJoin(service: Service, relations: FactRelations): string {
  const columns = Object.entries(service.aggregates ?? {}).map(([n, sql]) => `${sql} AS ${n}`);
  if (columns.length === 0) return "";

  return `LEFT JOIN (SELECT family_id, ${columns.join(", ")} FROM ${relations.persons}
    GROUP BY family_id) AS a ON a.family_id = f.family_id`;
}

/**
 * The rule of a service: all its conditions together, its amount (never below zero, rounded
 * to the tiyn), whether the subject already receives it, and its evidence as a map of
 * condition id to the value shown to the worker.
 */
export function ruleSql(service: Service, relations: FactRelations): RuleSql {
  const person = service.subject === "person";
  const conditions = service.evidence.flatMap((e) => (e.holds ? [group(e.holds)] : []));
  const evidence = service.evidence.flatMap((e) => [`'${e.id}'`, `toString(${e.value})`]);
  const from = person
    ? `${relations.persons} AS p INNER JOIN ${relations.families} AS f
      ON f.family_id = p.family_id`
    : `${relations.families} AS f ${aggregatesJoin(service, relations)}`;
  const subjectId = person ? "p.person_id" : "f.family_id";

  return {
    from,
    where: conditions.join("\n  AND ") || "1",
    subjectId,
    recipientId: service.recipient ?? subjectId,
    familyId: "f.family_id",
    amount: `round(greatest(${group(service.amount.sql)}, 0), 2)`,
    receives: group(service.receives.sql),
    evidence: `map(${evidence.join(", ")})`,
  };
}

/** Every source a service reads: without a delivery of each, its rule is not run. */
export function serviceSources(service: Service): string[] {
  const all = [...service.evidence.flatMap((e) => e.sources), ...service.receives.sources];

  return [...new Set(all)].sort();
}
