import { spawn } from "node:child_process";
import path from "node:path";

const ROOT = process.cwd();
const CLI = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
const ENGINE = path.join(ROOT, "scripts", "prisma-schema-engine.mjs");

/**
 * Runs the Prisma CLI with the project's WebAssembly schema engine, so no engine download is
 * ever attempted (offline networks), against the given database.
 */
export function runPrismaCli(
  args: string[],
  databaseUrl: string,
  options: { quiet?: boolean } = {},
): Promise<string> {
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PRISMA_SCHEMA_ENGINE_BINARY: ENGINE,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  };

  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env });
    let output = "";
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (!options.quiet) process.stderr.write(chunk);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`prisma ${args.join(" ")} failed (exit ${code}):\n${output.trim()}`));
    });
  });
}
