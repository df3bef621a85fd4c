import path from "node:path";
import { defineConfig } from "vitest/config";

// Each test file runs in its own process: chDB allows one data folder per process, and the
// integration tests start their own embedded Postgres and chDB in temporary folders.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", "e2e/**", ".next/**", "data/**", ".tmp/**"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: "test" },
  },
});
