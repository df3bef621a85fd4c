import { resolveDatabaseUrl } from "../lib/db/server";
import { getEnv } from "../lib/env";
import { generate } from "../lib/registries/generate";
import { parseCli, USAGE, UsageError, type CliOptions } from "../lib/registries/run/options";
import { progressBar } from "../lib/registries/run/progress";

// Entry point of `npm run generate`: one daily delivery of every synthetic registry.
function options(): CliOptions {
  try {
    return parseCli(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;

    console.error(`The generator's options are not valid:\n${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
}

async function main(): Promise<void> {
  const cli = options();
  const dataDir = getEnv().dataDir;
  const database = cli.database ? await resolveDatabaseUrl() : null;
  const bar = progressBar(process.stderr, "generate");
  const started = Date.now();
  try {
    const summary = await generate({
      ...cli,
      dataDir,
      databaseUrl: database?.url ?? null,
      onProgress: bar,
    });
    bar.end();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const { rowsWritten, bytesWritten } = summary.totals;
    console.error(
      `Wrote ${rowsWritten.toLocaleString("en")} rows (${(bytesWritten / 1e9).toFixed(2)} GB) ` +
        `for ${cli.date} into ${dataDir}/landing in ${seconds} s; ground truth in ` +
        `${dataDir}/ground-truth/${cli.date}.`,
    );
  } finally {
    await database?.release();
  }
}

await main();
