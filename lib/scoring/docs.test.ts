import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "./config/default-config";
import { renderIndicatorsDoc } from "./docs";
import { INDICATORS } from "./indicators";
import { STATUSES } from "./statuses";

/** A table row's cells: split on the pipes that are not escaped. */
const cellsOf = (line: string) => line.slice(1, -1).split(/(?<!\\)\|/);

describe("docs/indicators.md", () => {
  it("is exactly what the indicator modules generate (run npm run docs:indicators)", () => {
    const committed = fs.readFileSync(
      path.join(import.meta.dirname, "..", "..", "docs", "indicators.md"),
      "utf8",
    );

    expect(committed).toBe(renderIndicatorsDoc());
  });

  it("documents every indicator with its default weight, and every status", () => {
    const lines = renderIndicatorsDoc().split("\n");
    const weights = defaultConfig().weights;
    for (const indicator of INDICATORS) {
      const line = lines.find((l) => l.startsWith(`| ${indicator.slot} | \`${indicator.id}\` |`));
      expect(line, indicator.id).toBeDefined();
      expect(cellsOf(line!)[10]?.trim()).toBe(String(weights[indicator.id]));
    }
    for (const [slot, status] of STATUSES.entries()) {
      expect(lines).toContainEqual(expect.stringMatching(`^\\| ${slot} \\| \`${status.id}\` \\|`));
    }
  });

  it("gives every table row as many cells as its header, so a pipe in SQL is escaped", () => {
    const doc = renderIndicatorsDoc();
    const tables = doc.split(/\n\n/).filter((block) => block.startsWith("| "));
    expect(tables).toHaveLength(6);
    for (const table of tables) {
      const [header, ...rows] = table.trim().split("\n");
      for (const row of rows) expect(cellsOf(row)).toHaveLength(cellsOf(header!).length);
    }
  });
});
