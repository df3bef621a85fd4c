-- Every family's indicators and statuses per snapshot. `values` holds each indicator's value
-- at its slot (NULL when it does not apply or is unknown); bit `slot` of the masks says whether
-- the family is deprived in it, whether its value is missing, and whether it does not apply.
-- Bit n of `statuses` is the status at position n. The catalogue table names the slots.
CREATE TABLE IF NOT EXISTS {{database}}.family_indicators {{on_cluster}} (
  snapshot_date Date,
  family_id String,
  region_code LowCardinality(String),
  district_kato LowCardinality(String),
  members UInt16,
  children UInt16,
  values Array(Nullable(Float64)),
  deprived UInt128,
  missing UInt128,
  not_applicable UInt128,
  statuses UInt64,
  INDEX family_lookup family_id TYPE bloom_filter GRANULARITY 1
) ENGINE = {{replicated}}MergeTree
PARTITION BY snapshot_date
ORDER BY (region_code, district_kato, family_id);

-- Which indicator or status each slot held in a snapshot, so an old card reads its own slots.
CREATE TABLE IF NOT EXISTS {{database}}.catalogue {{on_cluster}} (
  snapshot_date Date,
  kind LowCardinality(String),
  slot UInt16,
  id String
) ENGINE = {{replicated}}MergeTree
PARTITION BY snapshot_date
ORDER BY (kind, slot);

-- Every family's score and class per snapshot under one scoring configuration version.
-- score_units / denominator is the exact score (integer weights on a common denominator);
-- `score` is the same as a float, for sorting and display only. `deprivations` is the mask the
-- score counted (deprived or missing), kept for the censored headcounts.
CREATE TABLE IF NOT EXISTS {{database}}.family_scores {{on_cluster}} (
  snapshot_date Date,
  config_version UInt32,
  family_id String,
  region_code LowCardinality(String),
  district_kato LowCardinality(String),
  members UInt16,
  score_units UInt64,
  denominator UInt64,
  score Float64,
  poor Bool,
  class LowCardinality(String),
  statuses UInt64,
  deprivations UInt128,
  INDEX family_lookup family_id TYPE bloom_filter GRANULARITY 1
) ENGINE = {{replicated}}MergeTree
PARTITION BY snapshot_date
ORDER BY (region_code, district_kato, family_id);

-- A staff search by IIN hashes the typed IIN and looks the pseudonym up among persons, whose
-- order is by family: the bloom filter skips the granules that cannot hold it.
ALTER TABLE {{database}}.persons {{on_cluster}}
  ADD INDEX IF NOT EXISTS person_lookup person_id TYPE bloom_filter GRANULARITY 1;
