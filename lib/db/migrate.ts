import { runPrismaCli } from "./prisma-cli";

/** Applies the Prisma migrations in prisma/migrations; a no-op when none is pending. */
export async function migratePostgres(url: string): Promise<void> {
  await runPrismaCli(["migrate", "deploy"], url, { quiet: true });
}
