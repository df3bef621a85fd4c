import { Session } from "chdb";
import { afterAll, describe, expect, it } from "vitest";
import { IinInput, iinValidSql, isValidIin } from "./iin";
import { pseudonymOf, pseudonymSql } from "./pseudonym";

const session = new Session();
afterAll(() => session.cleanup());

function sql<T>(query: string, params: Record<string, unknown> = {}): T[] {
  const result = session.queryBind(query, params, "JSONEachRow");
  return result
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

// Worked by hand: 90010130001 weighs 51 with weights 1..11, 51 mod 11 = 7. 00010150001 weighs
// 56, check 1. 90010130081 weighs 131 (remainder 10), so the second weights apply: 78 mod 11 = 1.
// 90010130080 has remainder 10 under both: no check digit makes it valid.
const VALID = ["900101300017", "000101500011", "900101300811"];
const NO_CHECK_DIGIT = "900101300800";

describe("the IIN rule", () => {
  it("accepts IINs whose check digit follows the rule, and refuses a changed digit", () => {
    for (const iin of VALID) expect(isValidIin(iin)).toBe(true);
    expect(isValidIin("900101300018")).toBe(false);
    expect(isValidIin(NO_CHECK_DIGIT)).toBe(false);
    expect(isValidIin("90010130001")).toBe(false);
  });

  it("tells staff what is wrong with a typed IIN", () => {
    expect(IinInput.parse(" 9001 0130 0017 ")).toBe("900101300017");
    expect(IinInput.safeParse("12345").error?.issues[0]?.message).toBe(
      "An IIN has exactly 12 digits.",
    );
    expect(IinInput.safeParse("900101300018").error?.issues[0]?.message).toMatch(/check digit/);
  });

  it("gives the same verdict in ClickHouse as in TypeScript", () => {
    const samples = [...VALID, NO_CHECK_DIGIT, "900101300018", "900101700017", "abc", ""];
    for (let i = 0; i < 200; i++) samples.push(String(100000000000 + i * 4_999_999_937));

    const rows = sql<{ iin: string; ok: number }>(
      `SELECT iin, ${iinValidSql("iin")} AS ok ` +
        "FROM (SELECT arrayJoin({samples:Array(String)}) AS iin)",
      { samples },
    );

    for (const row of rows)
      expect([row.iin, Boolean(row.ok)]).toEqual([row.iin, isValidIin(row.iin)]);
  });
});

describe("pseudonyms", () => {
  it("are keyed: another key gives another pseudonym", () => {
    expect(pseudonymOf("900101300018", "k".repeat(32))).toMatch(/^[0-9a-f]{32}$/);
    expect(pseudonymOf("900101300018", "k".repeat(32))).not.toBe(
      pseudonymOf("900101300018", "j".repeat(32)),
    );
  });

  it("are the same when ClickHouse computes them", () => {
    const key = "a secret key of at least 32 chars!";
    const rows = sql<{ p: string }>(`SELECT ${pseudonymSql("{iin:String}")} AS p`, {
      iin: "900101300018",
      pseudonym_key: key,
    });

    expect(rows[0]?.p).toBe(pseudonymOf("900101300018", key));
  });

  it("are the same in ClickHouse for keys up to, at and past SHA-256's 64-byte block", () => {
    const keys = ["k".repeat(32), "x".repeat(64), "y".repeat(65), "ключ-".repeat(20)];
    for (const key of keys) {
      const rows = sql<{ p: string }>(`SELECT ${pseudonymSql("{iin:String}")} AS p`, {
        iin: "900101300018",
        pseudonym_key: key,
      });

      expect([key.length, rows[0]?.p]).toEqual([key.length, pseudonymOf("900101300018", key)]);
    }
  });
});
