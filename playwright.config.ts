import path from "node:path";
import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./lib/runtime/chromium";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const DATA_DIR = path.join(import.meta.dirname, ".tmp", "e2e-data");

// The portal under test is the real one: `npm start`'s code path on its own data folder and
// port, with embedded Postgres and chDB, and Debian's Chromium driving it.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  outputDir: ".tmp/test-results",
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath() ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `http://localhost:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      DATA_DIR,
      PORT: String(PORT),
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      // Offers go out within a second or two of approval, so the tests need not wait long.
      NOTIFY_INTERVAL_SECONDS: "1",
    },
  },
});
