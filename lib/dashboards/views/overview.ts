import type { Scope } from "../../auth/scope";
import type { LakeClient } from "../../clickhouse/client";
import { CLASS_NAMES, CLASSES } from "../../scoring/config/classes";
import { childName, type Area } from "../area";
import { areaSums } from "../area-sums";
import { headline, type Headline } from "../headline";
import { suppressed, suppressedChange, type DashboardTable } from "../table";

export type Overview = {
  date: string;
  previous: string | null;
  since: string | null;
  now: Headline;
  atPrevious: Headline | null;
  atSince: Headline | null;
  children: { key: string; figures: Headline }[];
};

/**
 * The overview of an area on a snapshot: families by class, H, A and M0, and the change since
 * the previous snapshot and since a chosen one; and the same for each region or district.
 */
export async function loadOverview(
  lake: LakeClient,
  scope: Scope,
  area: Area,
  dates: { date: string; previous: string | null; since: string | null },
): Promise<Overview | null> {
  const wanted = [dates.date, dates.previous, dates.since].filter((d): d is string => !!d);
  const sums = await areaSums(lake, scope, area, wanted, true);
  const at = (day: string | null) => {
    const found = day ? sums.find((s) => s.date === day) : undefined;
    return found ? headline(found.total) : null;
  };
  const current = sums.find((s) => s.date === dates.date);
  if (!current) return null;
  return {
    ...dates,
    now: headline(current.total),
    atPrevious: at(dates.previous),
    atSince: at(dates.since),
    children: [...current.children].map(([key, s]) => ({ key, figures: headline(s) })),
  };
}

const delta = (now: number, then: Headline | null, pick: (h: Headline) => number) =>
  then ? now - pick(then) : null;

export function overviewTables(view: Overview, area: Area) {
  const { now, atPrevious, atSince } = view;
  const classes: DashboardTable = {
    id: "classes",
    title: "Families by well-being class",
    columns: [
      { label: "Class", kind: "text" },
      { label: "Families", kind: "count" },
      { label: "Persons", kind: "count" },
      { label: `Change since ${view.previous ?? "—"}`, kind: "change" },
      { label: `Change since ${view.since ?? "a chosen date"}`, kind: "change" },
    ],
    rows: CLASSES.map((name) => {
      const pick = (h: Headline) => h.byClass[name].families;
      const count = pick(now);
      return [
        `${name} · ${CLASS_NAMES[name].en}`,
        suppressed(count),
        suppressed(now.byClass[name].persons),
        suppressedChange(delta(count, atPrevious, pick)),
        suppressedChange(delta(count, atSince, pick)),
      ];
    }),
  };
  const measure = (label: string, pick: (h: Headline) => number | null) => [
    label,
    pick(now),
    atPrevious && pick(atPrevious),
    atSince && pick(atSince),
  ];
  const measures: DashboardTable = {
    id: "measures",
    title: "Poverty measures (Alkire-Foster)",
    columns: [
      { label: "Measure", kind: "text" },
      { label: view.date, kind: "score" },
      { label: view.previous ?? "Previous", kind: "score" },
      { label: view.since ?? "Chosen date", kind: "score" },
    ],
    rows: [
      measure("H, persons-weighted: share of persons who are poor", (h) => h.personsH),
      measure("A, persons-weighted: mean score of the poor", (h) => h.personsA),
      measure("M0, persons-weighted: H × A", (h) => h.personsM0),
      measure("H, families-weighted", (h) => h.H),
      measure("A, families-weighted", (h) => h.A),
      measure("M0, families-weighted", (h) => h.M0),
      measure("Share of families in classes D and E", (h) => h.crisisShare),
    ],
  };
  const children = [...view.children].sort((a, b) => b.figures.personsM0 - a.figures.personsM0);
  const areas: DashboardTable = {
    id: "areas",
    title: area.level === "national" ? "Regions" : "Districts",
    columns: [
      { label: area.level === "national" ? "Region" : "District", kind: "text" },
      { label: "Families", kind: "count" },
      { label: "Persons", kind: "count" },
      { label: "H, persons-weighted", kind: "share" },
      { label: "M0, persons-weighted", kind: "score" },
      { label: "Families in D–E", kind: "share" },
    ],
    rows: children.map(({ key, figures }) => [
      childName(area, key),
      suppressed(figures.families),
      suppressed(figures.persons),
      figures.personsH,
      figures.personsM0,
      figures.crisisShare,
    ]),
    keys: children.map((child) => child.key),
  };
  return { classes, measures, areas };
}
