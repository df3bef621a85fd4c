// npm run sync -- [--date YYYY-MM-DD] [--url https://portal.example]: runs the nightly sync
// once and follows it. Through the trigger route of the portal serving this DATA_DIR (or of
// PUBLIC_URL / --url) when there is one, else in this process on stores it starts itself.
// Exits 0 when the run succeeded or ended partial, 1 when it failed, 2 on bad input.
import { ConfigError, getEnv } from "../lib/env";
import { LockError } from "../lib/runtime/lock";
import { parseSyncArgs } from "../lib/pipeline/sync-cli/cli-args";
import { CliError } from "../lib/pipeline/sync-cli/cli-error";
import { runInThisProcess } from "../lib/pipeline/sync-cli/local-run";
import { portalUrl } from "../lib/pipeline/sync-cli/portal-url";
import { progressDisplay } from "../lib/pipeline/sync-cli/progress-display";
import { runSummary, type RunProgress } from "../lib/pipeline/sync-cli/run-progress";
import { runThroughPortal } from "../lib/pipeline/sync-cli/remote-run";

async function main(): Promise<number> {
  const args = parseSyncArgs(process.argv.slice(2));
  const env = getEnv();
  const display = progressDisplay(process.stderr);
  const baseUrl = portalUrl(args.url, env);

  let run: RunProgress;
  if (baseUrl) {
    console.error(`Starting the sync through the portal at ${baseUrl}`);
    run = await runThroughPortal({
      baseUrl,
      snapshotDate: args.date,
      secret: env.CRON_SECRET,
      onProgress: display.show,
    });
  } else {
    // Ctrl-C stops the run between stages and lets the stores shut down cleanly.
    const stop = new AbortController();
    process.once("SIGINT", () => stop.abort(new Error("stopped with Ctrl-C")));
    run = await runInThisProcess({
      env,
      snapshotDate: args.date,
      onProgress: display.show,
      signal: stop.signal,
    });
  }

  console.log(runSummary(run));
  return run.status === "succeeded" || run.status === "partial" ? 0 : 1;
}

try {
  process.exit(await main());
} catch (error) {
  if (error instanceof CliError) {
    console.error(error.message);
    process.exit(error.exitCode);
  }
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  if (error instanceof LockError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
