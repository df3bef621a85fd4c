import type { AfGroup, AfIndicator, AfResult } from "./alkire-foster";
import { toNumber, type Fraction } from "./fraction";

export type AfReportIndicator = {
  uncensored: number;
  censored: number;
  contribution: number | null;
};

export type AfReportGroup = { share: number; H: number; A: number | null; M0: number };

/** The measures as plain numbers: the exact values are converted here and nowhere before. */
export type AfReport = {
  n: number;
  excluded: number;
  H: number;
  A: number | null;
  M0: number;
  indicators: Record<string, AfReportIndicator>;
  groups: Record<string, AfReportGroup>;
};

function maybe(value: Fraction | null): number | null {
  return value === null ? null : toNumber(value);
}

function indicatorReport(indicator: AfIndicator): AfReportIndicator {
  return {
    uncensored: toNumber(indicator.uncensored),
    censored: toNumber(indicator.censored),
    contribution: maybe(indicator.contribution),
  };
}

function groupReport(group: AfGroup): AfReportGroup {
  return {
    share: toNumber(group.share),
    H: toNumber(group.H),
    A: maybe(group.A),
    M0: toNumber(group.M0),
  };
}

/** The report of a result; groups sorted by name so that two runs print the same text. */
export function toReport(result: AfResult): AfReport {
  const groups = [...result.groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  return {
    n: result.n,
    excluded: result.excluded,
    H: toNumber(result.H),
    A: maybe(result.A),
    M0: toNumber(result.M0),
    indicators: Object.fromEntries(
      [...result.indicators].map(([name, indicator]) => [name, indicatorReport(indicator)]),
    ),
    groups: Object.fromEntries(groups.map(([name, group]) => [name, groupReport(group)])),
  };
}
