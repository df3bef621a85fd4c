import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Summary } from "../lib/registries/delivery/ground-truth";
import type { Bench, Metric } from "./types";

const DATE = "2026-01-15";

/** Peak resident set of a process so far (VmHWM), in bytes; 0 once it has exited. */
function peakRss(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

const CLOCK_TICKS = 100;

/** CPU time of a process so far (user + system, all its threads), in seconds. */
function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

type Measured = { seconds: number; peak: number; cpu: number };

function runGenerator(dataDir: string, families: number): Promise<Measured> {
  const script = path.join(import.meta.dirname, "..", "scripts", "generate.ts");
  const args = [
    "--import",
    "tsx",
    script,
    "--families",
    String(families),
    "--date",
    DATE,
    "--seed",
    "1",
  ];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  let peak = 0;
  let cpu = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, peakRss(child.pid ?? 0));
    cpu = Math.max(cpu, cpuSeconds(child.pid ?? 0));
  }, 100);

  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`generator exited with ${code}`));
      resolve({ seconds: (performance.now() - started) / 1000, peak, cpu });
    });
  });
}

export const generateBench: Bench = {
  description: "npm run generate in a child process, Postgres included, into a temporary DATA_DIR",
  defaultFamilies: 100_000,
  async run({ families }) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-generate-"));
    // As root, the embedded Postgres runs as the postgres user, which must enter the folder.
    fs.chmodSync(dataDir, 0o755);
    try {
      const { seconds, peak, cpu } = await runGenerator(dataDir, families);
      const summaryFile = path.join(dataDir, "ground-truth", DATE, "summary.json");
      const summary = JSON.parse(fs.readFileSync(summaryFile, "utf8")) as Summary;
      const rows = summary.totals.rowsWritten;
      const metrics: Metric[] = [
        { metric: "total_seconds", value: seconds, unit: "s" },
        { metric: "rows_written", value: rows, unit: "rows" },
        { metric: "rows_per_second", value: Math.round(rows / seconds), unit: "rows/s" },
        { metric: "bytes_written", value: summary.totals.bytesWritten, unit: "bytes" },
        { metric: "peak_rss", value: peak, unit: "bytes" },
        // CPU time does not depend on what else the machine is doing, unlike wall time.
        { metric: "cpu_seconds", value: cpu, unit: "s" },
      ];
      return metrics;
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
