// The Prisma CLI with the project's offline schema engine and the portal's database:
//   npm run prisma -- migrate dev --name add_cases
//   npm run prisma -- generate
import { resolveDatabaseUrl } from "../lib/db/server";
import { runPrismaCli } from "../lib/db/prisma-cli";

const args = process.argv.slice(2);
const database = await resolveDatabaseUrl();
try {
  await runPrismaCli(args, database.url);
} catch (error) {
  console.error((error as Error).message.split("\n")[0]);
  process.exitCode = 1;
} finally {
  await database.release();
}
