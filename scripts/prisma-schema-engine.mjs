#!/usr/bin/env node
// Stand-in for Prisma's native schema engine, which the Prisma CLI downloads on first use: that
// download cannot happen on offline or government networks. This speaks the same CLI and JSON-RPC
// protocol as the binary, but runs Prisma's own WebAssembly schema engine (from npm) over the pg
// driver adapter. PostgreSQL only. scripts/prisma.ts points PRISMA_SCHEMA_ENGINE_BINARY here.
import fs from "node:fs";
import readline from "node:readline";
import pg from "pg";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

// adapter-pg has no mapping for Postgres' internal "char" type (OID 18), which the engine's
// catalogue queries return (pg_constraint.contype, which Postgres 18 also uses for NOT NULL).
// pg reads it as text (OID 25); the adapter then reports those columns as characters (type 6),
// which is what the engine expects.
const addFields = pg.Result.prototype.addFields;
const charColumns = new WeakMap();
pg.Result.prototype.addFields = function (fields) {
  const chars = [];
  fields.forEach((field, i) => {
    if (field.dataTypeID !== 18) return;
    field.dataTypeID = 25;
    chars.push(i);
  });
  if (chars.length) charColumns.set(this.rows, chars);
  return addFields.call(this, fields);
};
function charAware(queryable) {
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(queryable));
  if (proto.__charAware) return;
  const queryRaw = proto.queryRaw;
  proto.queryRaw = async function (query) {
    const result = await queryRaw.call(this, query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = 6;
    return result;
  };
  proto.__charAware = true;
}

function log(level, message, extra = {}) {
  const fields = { message, ...extra };
  const line = { timestamp: new Date().toISOString(), level, target: "schema_engine", fields };
  process.stderr.write(JSON.stringify(line) + "\n");
}

// Node 20 cannot import .wasm, so the module is instantiated by hand.
async function loadEngineModule() {
  const entry = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasm = fs.readFileSync(new URL("schema_engine_bg.wasm", entry));
  const imports = { "./schema_engine_bg.js": wasmBindings };
  const { instance } = await WebAssembly.instantiate(wasm, imports);
  wasmBindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
}

function parseArgs(argv) {
  const args = { datamodels: [], datasource: null, cliCommand: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "cli") args.cliCommand = argv[++i];
    else if (arg.startsWith("--")) i++;
  }
  return args;
}

// Discrete fields rather than a connection string: pg lets a connection string override
// `database`, which would make the shadow database silently reuse the main one.
function pgConfig(url, database) {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema");
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: database ?? decodeURIComponent(parsed.pathname.slice(1)),
    ...(schema ? { options: `-c search_path="${schema}"` } : {}),
  };
}

async function adminQuery(config, sql) {
  const client = new pg.Client({ ...config, database: "postgres" });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const quote = (name) => `"${name.replaceAll('"', '""')}"`;

async function runCliCommand(command, url) {
  log("INFO", `Starting schema engine CLI command ${command}`);
  const config = pgConfig(url);
  try {
    if (command === "can-connect-to-database") {
      const client = new pg.Client(config);
      await client.connect();
      await client.end();
    } else if (command === "create-database") {
      await adminQuery(config, `CREATE DATABASE ${quote(config.database)}`);
    } else if (command === "drop-database") {
      await adminQuery(config, `DROP DATABASE ${quote(config.database)}`);
    } else {
      throw new Error(`unsupported schema engine command ${command}`);
    }
    process.exit(0);
  } catch (error) {
    const code = /does not exist/.test(error.message)
      ? "P1003"
      : error.code === "ECONNREFUSED"
        ? "P1001"
        : "P1000";
    log("ERROR", error.message, { error_code: code });
    process.exit(1);
  }
}

// adapter-pg splits a migration script on every ";", which breaks function bodies ($$ ... $$).
// Postgres runs a multi-statement simple query as one implicit transaction, so sending the
// script whole is both correct and atomic.
function wholeScripts(adapter) {
  charAware(adapter);
  adapter.executeScript = async (script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

// adapter-pg drops the shadow database before closing its pool ("being accessed by other
// users"); this closes the pool first, then drops.
function shadowAwarePg(url) {
  const base = pgConfig(url);
  class ShadowAwarePg extends PrismaPg {
    async connect() {
      return wholeScripts(await super.connect());
    }

    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      await adminQuery(base, `CREATE DATABASE ${quote(name)}`);
      const shadow = new PrismaPg({ ...base, database: name, options: undefined });
      const adapter = wholeScripts(await shadow.connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await adminQuery(base, `DROP DATABASE IF EXISTS ${quote(name)}`);
      };
      return adapter;
    }
  }
  return new ShadowAwarePg(base);
}

async function serveJsonRpc(engine) {
  const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", async (line) => {
    if (!line.trim()) return;
    const request = JSON.parse(line);
    if (request.id === undefined || !request.method) return;
    try {
      let result;
      if (request.method === "getDatabaseVersion") result = await engine.version(request.params);
      else if (typeof engine[request.method] !== "function") {
        throw Object.assign(new Error(`method ${request.method} is not supported`), {
          code: "P1000",
        });
      } else result = await engine[request.method](request.params ?? {});
      // The WebAssembly engine returns a diff's text where the native one asks the CLI to
      // print it; without this `migrate diff` prints nothing.
      if (request.method === "diff" && result?.stdout) {
        const content = result.stdout.replace(/\n$/, "");
        send({ jsonrpc: "2.0", id: `print-${request.id}`, method: "print", params: { content } });
      }
      send({ jsonrpc: "2.0", id: request.id, result: result ?? null });
    } catch (error) {
      const message = error?.message ?? String(error);
      log("ERROR", message);
      const data = {
        is_panic: false,
        message,
        error_code: error?.code ?? error?.error_code ?? null,
        meta: error?.meta ?? null,
      };
      const payload = { code: 4466, message: "An error happened. Check the data field.", data };
      send({ jsonrpc: "2.0", id: request.id, error: payload });
    }
  });
  lines.on("close", () => process.exit(0));
}

const args = parseArgs(process.argv.slice(2));
await loadEngineModule();
if (args.version) {
  process.stdout.write(`schema-engine-cli wasm-${wasmBindings.version()}\n`);
  process.exit(0);
}
const url = args.datasource?.url;
if (!url) {
  log("ERROR", "no datasource URL was given to the schema engine");
  process.exit(1);
}
if (args.cliCommand) await runCliCommand(args.cliCommand, url);

const adapterFactory = bindMigrationAwareSqlAdapterFactory(shadowAwarePg(url));
// `migrate diff` starts the engine without a schema (the two sides come with the request), but
// the WebAssembly engine panics without one: a bare datasource names the provider.
const BARE_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n';
const datamodels = args.datamodels.length
  ? args.datamodels.map((file) => [file, fs.readFileSync(file, "utf8")])
  : [["schema.prisma", BARE_SCHEMA]];
const engine = await wasmBindings.SchemaEngine.new(
  { datamodels },
  (message) => process.env.SCHEMA_ENGINE_DEBUG && process.stderr.write(`${message}\n`),
  adapterFactory,
);
await serveJsonRpc(engine);
