// The portal for the browser tests: a fresh data folder each run, then the same start-up as
// `npm start`.
import fs from "node:fs";

const dataDir = process.env.DATA_DIR;
if (dataDir && dataDir.includes(".tmp")) fs.rmSync(dataDir, { recursive: true, force: true });
await import("./start");
