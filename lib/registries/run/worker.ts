import { parentPort, workerData } from "node:worker_threads";
import { generatePart } from "./part";
import type { Part, RunConfig } from "./plan";

// A worker thread generating the parts the main thread sends it, one at a time.
const { config } = workerData as { config: RunConfig };
const port = parentPort;
if (!port) throw new Error("worker.ts runs only as a worker thread");

port.on("message", (part: Part) => {
  const result = generatePart(config, part, (families) =>
    port.postMessage({ type: "progress", families }),
  );
  port.postMessage({ type: "done", result });
});
