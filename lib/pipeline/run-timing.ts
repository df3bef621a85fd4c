/** How often a running run writes its heartbeat. */
export const HEARTBEAT_MS = 5_000;

/** A running run whose heartbeat is older than this is taken to be dead. */
export const STALE_AFTER_MS = 2 * 60_000;

/** Progress writes of one stage are spaced at least this far apart. */
export const PROGRESS_WRITE_MS = 500;
