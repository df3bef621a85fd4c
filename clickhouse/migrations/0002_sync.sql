-- What each sync run received from each source. A delivery is loaded, rejected (unreadable or
-- not matching its manifest), a duplicate of a batch already loaded, or missing.
CREATE TABLE IF NOT EXISTS {{database}}.deliveries {{on_cluster}} (
  snapshot_date Date,
  source LowCardinality(String),
  batch String,
  run_id String,
  status Enum8('loaded' = 1, 'rejected' = 2, 'duplicate' = 3, 'missing' = 4),
  reason String,
  rows_expected UInt64,
  rows_read UInt64,
  rows_loaded UInt64,
  rows_quarantined UInt64,
  checksum String,
  recorded_at DateTime64(3, 'UTC') DEFAULT now64(3)
) ENGINE = {{replicated}}ReplacingMergeTree(recorded_at)
PARTITION BY toYYYYMM(snapshot_date)
ORDER BY (snapshot_date, source, batch);

-- Rows that could not enter the lake, with where they were and why. Reasons name the defect
-- and the column, never a value, so this table holds no personal data.
CREATE TABLE IF NOT EXISTS {{database}}.quarantine {{on_cluster}} (
  snapshot_date Date,
  run_id String,
  source LowCardinality(String),
  file LowCardinality(String),
  row_number UInt64,
  reason LowCardinality(String)
) ENGINE = {{replicated}}MergeTree
PARTITION BY snapshot_date
ORDER BY (source, file, row_number);

-- Which delivery date of each source a snapshot is built from: the snapshot's own date, or
-- the last good one when the source's delivery for that date was rejected or missing.
CREATE TABLE IF NOT EXISTS {{database}}.source_snapshots {{on_cluster}} (
  snapshot_date Date,
  source LowCardinality(String),
  source_date Date,
  run_id String
) ENGINE = {{replicated}}ReplacingMergeTree
ORDER BY (snapshot_date, source);
