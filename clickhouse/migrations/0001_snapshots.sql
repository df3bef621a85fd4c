-- Snapshots of the lake. The lake is append-by-snapshot: a sync run writes a new snapshot date
-- into every table, and the portal reads only the snapshot published last. Publishing is one
-- row here, written after every stage of the run succeeded.
CREATE TABLE IF NOT EXISTS {{database}}.snapshots {{on_cluster}} (
  snapshot_date Date,
  run_id String,
  published_at DateTime64(3, 'UTC'),
  families UInt64,
  persons UInt64
) ENGINE = {{replicated}}ReplacingMergeTree(published_at)
ORDER BY snapshot_date;
