import fs from "node:fs";
import path from "node:path";
import { renderIndicatorsDoc } from "../lib/scoring/docs";

// Writes docs/indicators.md from the indicator modules; a test fails when the committed file
// differs.
const target = path.join(import.meta.dirname, "..", "docs", "indicators.md");
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, renderIndicatorsDoc());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
