import fs from "node:fs";
import path from "node:path";
import { renderServicesDoc } from "../lib/services/docs";

// Writes docs/services.md from the service catalogue; a test fails when the committed file
// differs.
const target = path.join(import.meta.dirname, "..", "docs", "services.md");
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, renderServicesDoc());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
