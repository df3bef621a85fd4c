-- The dashboards' aggregates, written by the score stage (and by a re-score) so that every
-- dashboard reads a few thousand rows instead of millions of families. They outlive the
-- snapshots' retention: trends reach further back than the family-level tables.

-- Per snapshot, district and class: families and persons, the Alkire-Foster sums (score
-- units of the poor, families and persons) and, per indicator slot, how many families (and
-- their members) are deprived (uncensored) and poor and deprived (censored). Every measure of
-- any area follows exactly from sums of these rows.
CREATE TABLE IF NOT EXISTS {{database}}.district_summary {{on_cluster}} (
  snapshot_date Date,
  config_version UInt32,
  denominator UInt64,
  region_code LowCardinality(String),
  district_kato LowCardinality(String),
  class LowCardinality(String),
  families UInt64,
  persons UInt64,
  poor_families UInt64,
  poor_persons UInt64,
  poor_units UInt64,
  poor_person_units UInt64,
  uncensored Array(UInt64),
  uncensored_persons Array(UInt64),
  censored Array(UInt64),
  censored_persons Array(UInt64),
  -- The indicator id at each slot of the arrays above.
  indicators Array(LowCardinality(String))
) ENGINE = {{replicated}}MergeTree
PARTITION BY snapshot_date
ORDER BY (region_code, district_kato, class);

-- Class movement between two snapshots: per district (where the family lives in the later
-- snapshot, or lived when it is gone) and pair of classes, families and persons. A family in
-- only one of the two has an empty class on the other side. The score stage writes the pair
-- (previous published snapshot, this one); any other pair is written when first asked for.
CREATE TABLE IF NOT EXISTS {{database}}.class_transitions {{on_cluster}} (
  snapshot_date Date,
  previous_date Date,
  region_code LowCardinality(String),
  district_kato LowCardinality(String),
  from_class LowCardinality(String),
  to_class LowCardinality(String),
  families UInt64,
  persons UInt64
) ENGINE = {{replicated}}MergeTree
PARTITION BY (snapshot_date, previous_date)
ORDER BY (region_code, district_kato, from_class, to_class);
