import type { Scope } from "../auth/scope";
import type { LakeClient } from "../clickhouse/client";
import { CLASSES, type WellBeingClass } from "../scoring/config/classes";
import { areaCondition, childColumn, type Area } from "./area";
import { hasTransitions, recordTransitions } from "./class-transitions";

type Matrix = Record<WellBeingClass, Record<WellBeingClass, number>>;

/** How one child area's families moved: up (towards A), down, stayed; new and gone. */
export type ChildMovement = {
  key: string;
  inBoth: number;
  up: number;
  down: number;
  same: number;
  arrived: number;
  left: number;
  /** (up − down) / families present in both snapshots. */
  net: number;
};

export type Movement = {
  from: string;
  to: string;
  /** matrix[from][to]: families present in both snapshots, by class then and now. */
  matrix: Matrix;
  total: ChildMovement;
  children: ChildMovement[];
};

type Row = { key: string; from_class: string; to_class: string; families: string };

const rank = (name: string) => CLASSES.indexOf(name as WellBeingClass);

const emptyMatrix = () =>
  Object.fromEntries(
    CLASSES.map((a) => [a, Object.fromEntries(CLASSES.map((b) => [b, 0]))]),
  ) as Matrix;

const emptyChild = (key: string): ChildMovement => ({
  key,
  inBoth: 0,
  up: 0,
  down: 0,
  same: 0,
  arrived: 0,
  left: 0,
  net: 0,
});

function count(movement: ChildMovement, row: Row) {
  const n = Number(row.families);
  if (row.from_class === "") movement.arrived += n;
  else if (row.to_class === "") movement.left += n;
  else {
    movement.inBoth += n;
    const step = rank(row.from_class) - rank(row.to_class);
    if (step > 0) movement.up += n;
    else if (step < 0) movement.down += n;
    else movement.same += n;
  }
  movement.net = movement.inBoth ? (movement.up - movement.down) / movement.inBoth : 0;
}

/**
 * The class movement of an area between two snapshots whose family scores are still kept:
 * the A–E × A–E matrix, and families moved up and down per child area, ranked by net
 * movement. Computed once and kept when the pair was not computed before.
 */
export async function classMovement(
  lake: LakeClient,
  scope: Scope,
  area: Area,
  from: string,
  to: string,
): Promise<Movement> {
  if (!(await hasTransitions(lake, from, to))) await recordTransitions(lake, from, to);

  const where = areaCondition(scope, area);
  const child = childColumn(area);
  const result = await lake.query({
    query: `SELECT ${child ?? "''"} AS key, from_class, to_class,
        toString(sum(families)) AS families
      FROM class_transitions
      WHERE snapshot_date = {to:Date} AND previous_date = {from:Date} AND ${where.sql}
      GROUP BY key, from_class, to_class`,
    query_params: { ...where.params, from, to },
    format: "JSONEachRow",
  });
  const matrix = emptyMatrix();
  const total = emptyChild("");
  const children = new Map<string, ChildMovement>();
  for (const row of await result.json<Row>()) {
    count(total, row);
    if (child) {
      const movement = children.get(row.key) ?? emptyChild(row.key);
      count(movement, row);
      children.set(row.key, movement);
    }
    const cells = matrix[row.from_class as WellBeingClass];
    if (cells && row.to_class in cells)
      cells[row.to_class as WellBeingClass] += Number(row.families);
  }
  const ranked = [...children.values()].sort((a, b) => b.net - a.net || b.up - a.up);
  return { from, to, matrix, total, children: ranked };
}
