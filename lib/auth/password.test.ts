import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./password";

describe("passwords", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("correct horse battery");

    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword("correct horse battery", stored)).toBe(true);
    expect(await verifyPassword("correct horse batterx", stored)).toBe(false);
  });

  it("salts each hash, so equal passwords do not give equal hashes", async () => {
    expect(await hashPassword("same password 1")).not.toBe(await hashPassword("same password 1"));
  });

  it("refuses malformed stored hashes instead of throwing", async () => {
    expect(await verifyPassword("anything", "plain-text")).toBe(false);
  });

  it("names what is wrong with a weak password", () => {
    expect(passwordProblem("short")).toMatch(/at least 12 characters/);
    expect(passwordProblem("aaaaaaaaaaaaaaa")).toMatch(/more different characters/);
    expect(passwordProblem("a long enough passphrase")).toBeNull();
  });
});
