import { CLASS_NAMES, CLASSES } from "../../scoring/config/classes";
import { childName, type Area } from "../area";
import type { Movement } from "../class-movement";
import { suppressed, type DashboardTable } from "../table";

/** The movement matrix and the ranking of the area's children, as tables. */
export function movementTables(movement: Movement, area: Area) {
  const matrix: DashboardTable = {
    id: "matrix",
    title: `Families by class on ${movement.from} (rows) and on ${movement.to} (columns)`,
    columns: [
      { label: "Class then", kind: "text" },
      ...CLASSES.map((name) => ({ label: `Now ${name}`, kind: "count" as const })),
      { label: "Present in both", kind: "count" },
    ],
    rows: CLASSES.map((from) => {
      const cells = CLASSES.map((to) => movement.matrix[from][to]);
      return [
        `${from} · ${CLASS_NAMES[from].en}`,
        ...cells.map(suppressed),
        suppressed(cells.reduce((sum, n) => sum + n, 0)),
      ];
    }),
  };
  const ranked: DashboardTable = {
    id: "ranking",
    title:
      area.level === "national"
        ? "Regions ranked by net movement up"
        : "Districts ranked by net movement up",
    columns: [
      { label: "Rank", kind: "count" },
      { label: area.level === "national" ? "Region" : "District", kind: "text" },
      { label: "Present in both", kind: "count" },
      { label: "Moved up", kind: "count" },
      { label: "Moved down", kind: "count" },
      { label: "Stayed", kind: "count" },
      { label: "Net up (share)", kind: "share" },
      { label: "New families", kind: "count" },
      { label: "Families gone", kind: "count" },
    ],
    rows: movement.children.map((child, index) => [
      index + 1,
      childName(area, child.key),
      suppressed(child.inBoth),
      suppressed(child.up),
      suppressed(child.down),
      suppressed(child.same),
      child.net,
      suppressed(child.arrived),
      suppressed(child.left),
    ]),
    keys: movement.children.map((child) => child.key),
  };
  return { matrix, ranking: ranked };
}

/**
 * The first snapshot of a movement (the one asked for, else the latest kept one before the
 * second), or why the two cannot be compared.
 */
export function movementStart(
  kept: string[],
  to: string,
  asked: string | undefined,
): { from: string } | { error: string } {
  const from = asked ?? kept.find((day) => day < to);
  if (!from) {
    return { error: "Class movement needs two snapshots; the next sync gives the first one." };
  }
  if (from >= to) return { error: "The first snapshot must come before the second." };
  if (!kept.includes(from) || !kept.includes(to)) {
    return {
      error: "Only snapshots whose family scores are still kept (see retention) can be compared.",
    };
  }
  return { from };
}
