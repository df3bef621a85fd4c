import fs from "node:fs";
import path from "node:path";
import { renderSourcesDoc } from "../lib/registries/docs";

// Writes docs/sources.md from the source modules; a test fails when the committed file differs.
const target = path.join(import.meta.dirname, "..", "docs", "sources.md");
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, renderSourcesDoc());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
