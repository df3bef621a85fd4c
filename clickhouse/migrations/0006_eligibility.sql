-- Who is entitled to which proactive service in each snapshot: one row per service and
-- subject (a person's pseudonym, or a family id for a family service), with the recipient's
-- pseudonym, the amount in tenge (a month, once, or the cost in kind: see docs/services.md),
-- the evidence values by condition id, and whether the subject already receives the benefit.
-- New candidates are the rows not already receiving; open cases and recent declines are in
-- Postgres. Ordered for the reads of one service by region and district; a family card finds
-- its rows through the bloom filter on family_id.
CREATE TABLE IF NOT EXISTS {{database}}.eligibility {{on_cluster}} (
  snapshot_date Date,
  service_id LowCardinality(String),
  subject_id String,
  person_id String,
  family_id String,
  region_code LowCardinality(String),
  district_kato LowCardinality(String),
  amount Decimal64(2),
  evidence Map(String, String),
  already_receives Bool,
  INDEX family_lookup family_id TYPE bloom_filter GRANULARITY 1
) ENGINE = {{replicated}}MergeTree
PARTITION BY snapshot_date
ORDER BY (service_id, region_code, district_kato, subject_id);
