import { describe, expect, it } from "vitest";
import { checkCronSecret } from "./cron-secret";

const SECRET = "s3cret-value-that-is-long-enough-0123456789";

describe("the cron secret check", () => {
  it("accepts exactly the bearer secret", () => {
    expect(checkCronSecret(`Bearer ${SECRET}`, SECRET)).toEqual({ ok: true });
    expect(checkCronSecret(`Bearer ${SECRET}x`, SECRET).ok).toBe(false);
    expect(checkCronSecret(`Bearer ${SECRET.slice(0, 10)}`, SECRET).ok).toBe(false);
    expect(checkCronSecret(SECRET, SECRET).ok).toBe(false);
  });

  it("refuses everything when no secret is configured", () => {
    expect(checkCronSecret("Bearer ", "")).toEqual({
      ok: false,
      error: "The sync trigger is closed: CRON_SECRET is not set.",
    });
    expect(checkCronSecret("Bearer anything", "").ok).toBe(false);
  });
});
