import { z } from "zod";
import { describeError } from "../describe-error";
import { CliError } from "./cli-error";
import { runProgressSchema, type RunProgress } from "./run-progress";

type RemoteRun = {
  baseUrl: string;
  snapshotDate: string;
  secret: string;
  onProgress: (run: RunProgress) => void;
  pollMs?: number;
};

const acceptedSchema = z.object({ runId: z.string() });
const refusalSchema = z.object({
  error: z.string().optional(),
  runningRunId: z.string().optional(),
});
// A portal restarting or a proxy hiccup should not end the watch; this many misses in a row do.
const MISSES_ALLOWED = 10;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function endpoint(baseUrl: string, route: string): URL {
  return new URL(route, baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
}

async function trigger(run: RemoteRun): Promise<string> {
  const url = endpoint(run.baseUrl, "api/cron/sync");
  url.searchParams.set("date", run.snapshotDate);
  url.searchParams.set("trigger", "cli");
  const response = await fetch(url, {
    method: "POST",
    headers: { authorization: `Bearer ${run.secret}` },
  }).catch((error: unknown) => {
    throw new CliError(`The portal at ${run.baseUrl} did not answer: ${describeError(error)}`);
  });

  const body: unknown = await response.json().catch(() => ({}));
  if (response.status === 202) return acceptedSchema.parse(body).runId;

  const refusal = refusalSchema.safeParse(body).data;
  if (response.status === 409) {
    throw new CliError(`A sync run is already going (run ${refusal?.runningRunId}). Wait for it.`);
  }
  throw new CliError(
    `The portal at ${run.baseUrl} refused the run (${response.status}): ` +
      (refusal?.error ?? "no reason given"),
  );
}

/** Starts the sync through a running portal's trigger route and follows it to its end. */
export async function runThroughPortal(run: RemoteRun): Promise<RunProgress> {
  const runId = await trigger(run);
  const statusUrl = endpoint(run.baseUrl, `api/sync/runs/${runId}`);
  let misses = 0;

  for (;;) {
    try {
      const response = await fetch(statusUrl, {
        headers: { authorization: `Bearer ${run.secret}` },
      });
      if (!response.ok) throw new Error(`the status route answered ${response.status}`);

      const progress = runProgressSchema.parse(await response.json());
      misses = 0;
      run.onProgress(progress);
      if (progress.status !== "running") return progress;
    } catch (error) {
      misses += 1;
      if (misses >= MISSES_ALLOWED) {
        throw new CliError(`Lost sight of run ${runId} at ${statusUrl}: ${describeError(error)}`);
      }
    }

    await sleep(run.pollMs ?? 1000);
  }
}
