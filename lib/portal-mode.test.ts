import { describe, expect, it } from "vitest";
import { portalMode } from "./portal-mode";

describe("portal mode", () => {
  it("is embedded when neither store is external", () => {
    expect(portalMode({})).toBe("embedded");
    expect(portalMode({ DATABASE_URL: "", CLICKHOUSE_URL: "" })).toBe("embedded");
  });

  it("is production when either store is external", () => {
    expect(portalMode({ DATABASE_URL: "postgres://db/portal" })).toBe("production");
    expect(portalMode({ CLICKHOUSE_URL: "http://lake:8123" })).toBe("production");
  });

  it("follows PORTAL_MODE when it is set", () => {
    expect(portalMode({ PORTAL_MODE: "production" })).toBe("production");
    expect(portalMode({ PORTAL_MODE: "embedded", DATABASE_URL: "postgres://db/p" })).toBe(
      "embedded",
    );
  });
});
