import { describe, expect, it } from "vitest";
import { deadRunReason } from "./run-liveness";

const now = new Date("2026-12-03T01:10:00Z");
const check = { staleAfterMs: 120_000, now, host: "portal-1", processAlive: () => false };

describe("whether a running run is dead", () => {
  it("is dead when its process is gone from this host", () => {
    const run = { host: "portal-1", pid: 4242, heartbeatAt: now };

    expect(deadRunReason(run, check)).toBe("its process (pid 4242 on portal-1) is gone");
    expect(deadRunReason(run, { ...check, processAlive: () => true })).toBeNull();
  });

  it("trusts no pid from another host, only the heartbeat", () => {
    const fresh = { host: "portal-2", pid: 4242, heartbeatAt: new Date("2026-12-03T01:09:00Z") };
    const silent = { ...fresh, heartbeatAt: new Date("2026-12-03T01:07:00Z") };

    expect(deadRunReason(fresh, check)).toBeNull();
    expect(deadRunReason(silent, check)).toBe("its last heartbeat was 180 s ago");
  });
});
