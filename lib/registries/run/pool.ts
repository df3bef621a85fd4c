import { Worker } from "node:worker_threads";
import { generatePart } from "./part";
import type { Part, RunConfig } from "./plan";
import type { PartResult } from "./results";

type Message = { type: "progress"; families: number } | { type: "done"; result: PartResult };

/** Runs parts in this thread, one after another (small runs, tests). */
export function runInline(config: RunConfig, parts: Part[], progress: (n: number) => void) {
  return parts.map((part) => generatePart(config, part, progress));
}

/** Runs parts on worker threads, each taking the next part as soon as it is free. */
export function runWorkers(
  config: RunConfig,
  parts: Part[],
  workers: number,
  progress: (n: number) => void,
): Promise<PartResult[]> {
  const queue = [...parts];
  const results: PartResult[] = [];
  const boot = new URL("./worker-boot.mjs", import.meta.url);
  const entry = new URL("./worker.ts", import.meta.url).href;

  return new Promise((resolve, reject) => {
    let running = 0;
    const start = () => {
      const worker = new Worker(boot, { workerData: { entry, config } });
      running += 1;
      const next = () => {
        const part = queue.shift();
        if (part) return worker.postMessage(part);

        running -= 1;
        void worker.terminate();
        if (running === 0) resolve(results.sort((a, b) => a.part - b.part));
      };
      worker.on("message", (message: Message) => {
        if (message.type === "progress") return progress(message.families);

        results.push(message.result);
        next();
      });
      worker.on("error", reject);
      next();
    };
    for (let i = 0; i < Math.min(workers, parts.length); i++) start();
  });
}
