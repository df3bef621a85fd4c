import os from "node:os";
import { isAlive } from "../db/postmaster";

type RunningRun = { host: string; pid: number; heartbeatAt: Date };

export type LivenessCheck = {
  staleAfterMs: number;
  now?: Date;
  host?: string;
  processAlive?: (pid: number) => boolean;
};

/**
 * Why a run recorded as running is in fact dead, or null while it may still be working. A
 * process is only checked on its own host (pids mean nothing elsewhere); on any host a heartbeat
 * older than the limit means the process hangs, lost its database, or its machine is gone.
 */
export function deadRunReason(run: RunningRun, check: LivenessCheck): string | null {
  const host = check.host ?? os.hostname();
  const processAlive = check.processAlive ?? isAlive;
  if (run.host === host && !processAlive(run.pid)) {
    return `its process (pid ${run.pid} on ${run.host}) is gone`;
  }

  const silentMs = (check.now ?? new Date()).getTime() - run.heartbeatAt.getTime();
  if (silentMs > check.staleAfterMs) {
    return `its last heartbeat was ${Math.round(silentMs / 1000)} s ago`;
  }

  return null;
}
