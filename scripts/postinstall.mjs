// Runs after `npm install`: generates the Prisma client with the project's offline schema engine
// (the Prisma CLI would otherwise try to download a native one).
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = process.cwd();
const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules/prisma/build/index.js"), "generate"],
  {
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts/prisma-schema-engine.mjs"),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  },
);
process.exit(result.status ?? 1);
