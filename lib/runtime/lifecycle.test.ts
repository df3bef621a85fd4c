import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../../test/postgres";
import { isAlive, readPostmaster } from "../db/postmaster";

// The stores are booted by the same code as `npm start`, in a child process that the test
// then kills the way an operator or the kernel would.
let folder: { dir: string; remove: () => void };
const pgDir = () => path.join(folder.dir, "postgres");

function bootChild(): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join("test", "fixtures", "hold-stores.ts")],
    { env: { ...process.env, DATA_DIR: folder.dir, LOG_LEVEL: "warn", NODE_ENV: "test" } },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready")) resolve(child);
    });
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`the portal exited (${code}): ${output}`)));
  });
}

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !isAlive(pid);
}

beforeAll(() => {
  folder = tempDir("portal-life-");
});
afterAll(() => folder.remove());

describe("the portal's embedded Postgres", () => {
  it("is stopped when the portal is killed with SIGKILL, and a new start works", async () => {
    const first = await bootChild();
    const server = readPostmaster(pgDir());
    expect(server && isAlive(server.pid)).toBe(true);

    first.kill("SIGKILL");
    expect(await waitUntilGone(server?.pid ?? 0, 20_000)).toBe(true);

    const second = await bootChild();
    const restarted = readPostmaster(pgDir());
    expect(restarted && isAlive(restarted.pid)).toBe(true);
    second.kill("SIGTERM");
    expect(await waitUntilGone(restarted?.pid ?? 0, 20_000)).toBe(true);
  }, 120_000);

  it("refuses a second portal on the same data folder while the first lives", async () => {
    const first = await bootChild();
    first.kill("SIGSTOP");

    const second = await bootChild().catch((error: Error) => error);
    expect(second).toBeInstanceOf(Error);
    expect((second as Error).message).toMatch(/Another portal process \(pid \d+\)/);

    const server = readPostmaster(pgDir());
    first.kill("SIGKILL");
    expect(await waitUntilGone(server?.pid ?? 0, 20_000)).toBe(true);
  }, 120_000);

  it("starts after a crash that left stale lock and pid files behind", async () => {
    const deadPid = 4_000_000;
    fs.writeFileSync(path.join(folder.dir, "portal.pid"), String(deadPid));
    fs.writeFileSync(path.join(pgDir(), "postmaster.pid"), `${deadPid}\n${pgDir()}\n0\n5432\n`);

    const child = await bootChild();
    const server = readPostmaster(pgDir());
    expect(server?.pid).not.toBe(deadPid);
    expect(server && isAlive(server.pid)).toBe(true);

    child.kill("SIGTERM");
    expect(await waitUntilGone(server?.pid ?? 0, 20_000)).toBe(true);
  }, 120_000);
});
