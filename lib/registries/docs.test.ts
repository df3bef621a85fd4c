import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderSourcesDoc } from "./docs";
import { SOURCES } from "./sources";

describe("docs/sources.md", () => {
  it("is exactly what the source modules generate (run npm run docs:sources)", () => {
    const committed = fs.readFileSync(
      path.join(import.meta.dirname, "..", "..", "docs", "sources.md"),
      "utf8",
    );

    expect(committed).toBe(renderSourcesDoc());
  });

  it("documents every source and every column", () => {
    const doc = renderSourcesDoc();
    for (const source of SOURCES) {
      expect(doc).toContain(`(\`${source.id}\`)`);
      for (const column of source.columns) expect(doc).toContain(`\`${column.name}\``);
    }
  });
});
