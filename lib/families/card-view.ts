import type { LakeClient } from "../clickhouse/client";
import type { Scope } from "../auth/scope";
import type { Db } from "../db/client";
import { configVersion } from "../scoring/config/store";
import type { Dimension } from "../scoring/dimensions";
import { explainScore, type Explanation } from "../scoring/explain";
import { ZERO, type Fraction } from "../scoring/fraction";
import { indicatorOf, type Indicator } from "../scoring/indicators";
import { readFamilyCard, type CardIndicator, type FamilyCardData } from "./family-card";

export type CardIndicatorView = CardIndicator & { definition: Indicator | null; weight: Fraction };

export type FamilyCardView = FamilyCardData & {
  configName: string;
  model: string;
  indicatorsByDimension: Map<Dimension | "retired", CardIndicatorView[]>;
  explanation: Explanation;
};

/**
 * A family card ready to show: the lake's data with each indicator's definition and weight
 * under the configuration version that scored it, and the explanation of its score.
 */
export async function familyCardView(options: {
  lake: LakeClient;
  db: Db;
  scope: Scope;
  snapshotDate: string;
  familyId: string;
}): Promise<FamilyCardView | null> {
  const card = await readFamilyCard(options);
  if (!card) return null;

  const version = await configVersion(options.db, card.configVersion);
  if (!version) throw new Error(`scoring configuration version ${card.configVersion} is gone`);

  const indicators = card.indicators.map((indicator) => ({
    ...indicator,
    definition: indicatorOf(indicator.id) ?? null,
    weight: version.config.weights.get(indicator.id) ?? ZERO,
  }));
  const byDimension = new Map<Dimension | "retired", CardIndicatorView[]>();
  for (const indicator of indicators) {
    const key = indicator.definition?.dimension ?? "retired";
    byDimension.set(key, [...(byDimension.get(key) ?? []), indicator]);
  }
  const explanation = explainScore(
    indicators.map((i) => ({
      id: i.id,
      dimension: i.definition?.dimension ?? "social",
      description: i.definition?.description.en ?? i.id,
      weight: i.weight,
      counted: i.state === "deprived" || i.state === "missing",
      applies: i.state !== "not_applicable",
    })),
    card.class,
    version.config,
  );

  return {
    ...card,
    configName: version.config.name,
    model: version.config.model,
    indicatorsByDimension: byDimension,
    explanation,
  };
}
