-- One row per living person per snapshot, integrated across sources under the civil registry.
CREATE TABLE IF NOT EXISTS {{database}}.persons {{on_cluster}} (
  snapshot_date Date,
  person_id String,
  key_version UInt8,
  family_id String,
  relation LowCardinality(String),
  birth_date Date32,
  sex LowCardinality(String),
  citizenship LowCardinality(String),
  region_code LowCardinality(String),
  district_kato LowCardinality(String),
  address_key String
) ENGINE = {{replicated}}MergeTree
PARTITION BY snapshot_date
ORDER BY (family_id, person_id);

-- One row per family per snapshot: spouses, their minor children and dependants at one
-- registered address; a person living alone is a family of one. Ordered for the reads by
-- district; a family card finds its family through the bloom filter on family_id.
CREATE TABLE IF NOT EXISTS {{database}}.families {{on_cluster}} (
  snapshot_date Date,
  family_id String,
  head_id String,
  region_code LowCardinality(String),
  district_kato LowCardinality(String),
  members UInt16,
  adults UInt16,
  children UInt16,
  INDEX family_lookup family_id TYPE bloom_filter GRANULARITY 1
) ENGINE = {{replicated}}MergeTree
PARTITION BY snapshot_date
ORDER BY (region_code, district_kato, family_id);

-- Rows that contradict the civil registry (a record for a dead person, another birth date, a
-- date before the person's birth). They stay in their source table; the civil registry wins,
-- and each is counted here by kind.
CREATE TABLE IF NOT EXISTS {{database}}.conflicts {{on_cluster}} (
  snapshot_date Date,
  run_id String,
  source LowCardinality(String),
  file LowCardinality(String),
  row_number UInt64,
  kind LowCardinality(String)
) ENGINE = {{replicated}}MergeTree
PARTITION BY snapshot_date
ORDER BY (source, file, row_number);
