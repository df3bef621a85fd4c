import type { LakeClient } from "../clickhouse/client";
import type { Scope } from "../auth/scope";
import type { WellBeingClass } from "../scoring/config/classes";
import { STATUSES } from "../scoring/statuses";
import { scopeCondition } from "./scope-sql";

export type IndicatorState = "deprived" | "missing" | "not_applicable" | "not_deprived";

export type CardIndicator = {
  id: string;
  slot: number;
  state: IndicatorState;
  value: number | null;
};

export type Member = { relation: string; age: number; sex: string };

export type FamilyCardData = {
  familyId: string;
  snapshotDate: string;
  regionCode: string;
  districtKato: string;
  configVersion: number;
  scoreUnits: bigint;
  denominator: bigint;
  score: number;
  poor: boolean;
  class: WellBeingClass;
  statuses: string[];
  indicators: CardIndicator[];
  members: Member[];
  history: { snapshotDate: string; class: WellBeingClass; score: number; version: number }[];
};

type ScoreRow = {
  region_code: string;
  district_kato: string;
  config_version: number;
  score_units: string;
  denominator: string;
  score: number;
  poor: boolean;
  class: WellBeingClass;
  statuses: string;
};

type IndicatorRow = {
  values: (number | null)[];
  deprived: string;
  missing: string;
  not_applicable: string;
};

async function rows<T>(lake: LakeClient, query: string, params: Record<string, unknown>) {
  const result = await lake.query({ query, query_params: params, format: "JSONEachRow" });
  return result.json<T>();
}

function stateOf(slot: number, masks: { deprived: bigint; missing: bigint; na: bigint }) {
  const bit = 1n << BigInt(slot);
  if (masks.na & bit) return "not_applicable";
  if (masks.missing & bit) return "missing";
  return masks.deprived & bit ? "deprived" : "not_deprived";
}

type CatalogueRow = { kind: string; slot: number; id: string };

// A snapshot's catalogue is written once with its indicators and never changes after: kept
// here per snapshot, so that a card costs one lake query fewer.
const catalogues = new Map<string, Promise<CatalogueRow[]>>();

function snapshotCatalogue(lake: LakeClient, snapshotDate: string): Promise<CatalogueRow[]> {
  const known = catalogues.get(snapshotDate);
  if (known) return known;
  const read = rows<CatalogueRow>(
    lake,
    "SELECT kind, slot, id FROM catalogue WHERE snapshot_date = {snapshot_date:Date}",
    { snapshot_date: snapshotDate },
  ).then((found) => {
    // An empty answer (a snapshot being rewritten) is not kept.
    if (found.length === 0) catalogues.delete(snapshotDate);
    return found;
  });
  if (catalogues.size >= 16) catalogues.clear();
  catalogues.set(snapshotDate, read);
  read.catch(() => catalogues.delete(snapshotDate));
  return read;
}

/**
 * Everything a family card shows, read from the lake for one snapshot: score, class, statuses,
 * every indicator's value and state by the snapshot's own catalogue, members (relation, age and
 * sex only) and the history of score and class. Null when the family is not in the snapshot
 * or not in the user's scope: the two are indistinguishable on purpose.
 */
export async function readFamilyCard(options: {
  lake: LakeClient;
  scope: Scope;
  snapshotDate: string;
  familyId: string;
}): Promise<FamilyCardData | null> {
  const { lake, snapshotDate, familyId } = options;
  const scope = scopeCondition(options.scope);
  const params = { snapshot_date: snapshotDate, family_id: familyId, ...scope.params };
  const where = `snapshot_date = {snapshot_date:Date} AND family_id = {family_id:String}`;
  const [scores] = await rows<ScoreRow>(
    lake,
    `SELECT region_code, district_kato, config_version, toString(score_units) AS score_units,
        toString(denominator) AS denominator, score, poor, class,
        toString(statuses) AS statuses
      FROM family_scores WHERE ${where} AND ${scope.sql}`,
    params,
  );
  if (!scores) return null;

  // The family's place, now known, leads the indicators' ordering key: a direct read.
  const place = { region_code: scores.region_code, district_kato: scores.district_kato };
  const [[indicators], catalogue, members, history] = await Promise.all([
    rows<IndicatorRow>(
      lake,
      `SELECT values, toString(deprived) AS deprived, toString(missing) AS missing,
          toString(not_applicable) AS not_applicable
        FROM family_indicators WHERE ${where} AND region_code = {region_code:String}
          AND district_kato = {district_kato:String}`,
      { ...params, ...place },
    ),
    snapshotCatalogue(lake, snapshotDate),
    rows<Member>(
      lake,
      `SELECT relation, toUInt8(age('year', birth_date, {snapshot_date:Date})) AS age, sex
       FROM persons WHERE ${where}
       ORDER BY indexOf(['head', 'spouse', 'child'], relation), birth_date`,
      params,
    ),
    rows<{ day: string; class: WellBeingClass; score: number; version: number }>(
      lake,
      `SELECT toString(snapshot_date) AS day, class, score, config_version AS version
       FROM family_scores WHERE family_id = {family_id:String} ORDER BY snapshot_date`,
      params,
    ),
  ]);
  if (!indicators) return null;
  const row = { ...scores, ...indicators };

  const masks = {
    deprived: BigInt(row.deprived),
    missing: BigInt(row.missing),
    na: BigInt(row.not_applicable),
  };
  const statusBits = BigInt(row.statuses);
  const statusIds = catalogue.filter((c) => c.kind === "status");
  return {
    familyId,
    snapshotDate,
    regionCode: row.region_code,
    districtKato: row.district_kato,
    configVersion: row.config_version,
    scoreUnits: BigInt(row.score_units),
    denominator: BigInt(row.denominator),
    score: row.score,
    poor: row.poor,
    class: row.class,
    statuses: (statusIds.length ? statusIds : STATUSES.map((s, slot) => ({ id: s.id, slot })))
      .filter(({ slot }) => (statusBits >> BigInt(slot)) & 1n)
      .map(({ id }) => id),
    indicators: catalogue
      .filter((c) => c.kind === "indicator")
      .map(({ slot, id }) => ({
        id,
        slot,
        state: stateOf(slot, masks),
        value: row.values[slot] ?? null,
      })),
    members,
    history: history.map((h) => ({ ...h, snapshotDate: h.day })),
  };
}
