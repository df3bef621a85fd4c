/**
 * One bucket of a snapshot's rows by a hash of an id: national-scale stages build their work
 * tables a bucket at a time so that each join's table fits in memory (`{buckets:UInt32}`
 * buckets, `{bucket:UInt32}` this one; one bucket is everything).
 */
export const inBucket = (id: string) => `cityHash64(${id}) % {buckets:UInt32} = {bucket:UInt32}`;

/** The parameters of a query over the whole snapshot in one bucket. */
export const ONE_BUCKET = { buckets: 1, bucket: 0 } as const;

/** How many buckets keep each at most `perBucket` rows. */
export const bucketsFor = (rows: number, perBucket: number) =>
  Math.max(1, Math.ceil(rows / perBucket));
