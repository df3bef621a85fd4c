// npm run db:migrate [-- --dry-run]: applies Prisma's migrations, then the lake's numbered SQL
// migrations. With --dry-run, lists the pending lake migrations and their statements only.
import { closeLake } from "../lib/clickhouse/client";
import { getEnv } from "../lib/env";
import { acquirePortalLock } from "../lib/runtime/lock";
import { migrateStores, startStores } from "../lib/runtime/stores";

const dryRun = process.argv.includes("--dry-run");
const env = getEnv();
const releaseLock = acquirePortalLock(env.dataDir);
const stores = await startStores(env);
try {
  const plan = await migrateStores(env, stores.databaseUrl, { dryRun });
  console.log(`Lake migrations applied before: ${plan.applied.length}`);
  console.log(`${dryRun ? "Would apply" : "Applied"}: ${plan.pending.length}`);
  for (const migration of plan.pending) console.log(`  ${migration.file}`);
  if (dryRun) for (const statement of plan.statements) console.log(`\n${statement};`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await closeLake();
  await stores.stop();
  releaseLock();
}
