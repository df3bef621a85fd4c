import { parseArgs } from "node:util";
import { z } from "zod";
import { casesBench } from "./cases";
import { dashboardsBench } from "./dashboards";
import { generateBench } from "./generate";
import { loadBench } from "./load";
import { populationBench } from "./population";
import { scoringBench } from "./scoring";
import { syncBench } from "./sync";
import type { Bench } from "./types";

// `npm run bench -- <name> [--families N] [--keep DIR] [--seconds N] [--json]`: runs one
// registered benchmark.
const BENCHES: Record<string, Bench> = {
  cases: casesBench,
  dashboards: dashboardsBench,
  generate: generateBench,
  load: loadBench,
  population: populationBench,
  scoring: scoringBench,
  sync: syncBench,
};

const Args = z.object({
  name: z.enum(Object.keys(BENCHES) as [string, ...string[]], {
    error: `name one of: ${Object.keys(BENCHES).join(", ")}`,
  }),
  families: z.coerce.number().int().min(1).max(7_000_000).optional(),
  keep: z.string().min(1).optional(),
  seconds: z.coerce.number().int().min(1).max(3_600).default(60),
  json: z.boolean().default(false),
});

function usage(message: string): never {
  console.error(
    `${message}\nUsage: npm run bench -- <${Object.keys(BENCHES).join("|")}>` +
      " [--families N] [--keep DIR] [--seconds N] [--json]",
  );
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        families: { type: "string" },
        keep: { type: "string" },
        seconds: { type: "string" },
        json: { type: "boolean" },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }

  const args = Args.safeParse({ ...parsed.values, name: parsed.positionals[0] });
  if (!args.success) usage(args.error.issues.map((i) => i.message).join("\n"));

  const { name, json, keep, seconds } = args.data;
  const bench = BENCHES[name] as Bench;
  const families = args.data.families ?? bench.defaultFamilies;
  const metrics = await bench.run({ families, seconds, ...(keep ? { keep } : {}) });

  if (json) {
    for (const m of metrics) console.log(JSON.stringify({ bench: name, families, ...m }));
    return;
  }
  console.log(`${name} (${families.toLocaleString("en")} families): ${bench.description}`);
  const width = Math.max(24, ...metrics.map((m) => m.metric.length));
  for (const m of metrics) {
    const value = Number.isInteger(m.value) ? m.value.toLocaleString("en") : m.value.toFixed(3);
    console.log(`  ${m.metric.padEnd(width)} ${value.padStart(16)} ${m.unit}`);
  }
}

await main();
