import { defineConfig } from "prisma/config";

// The Prisma CLI does not load .env; scripts/prisma.ts resolves DATABASE_URL (starting the
// embedded Postgres when none is set) before it calls the CLI.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/portal" },
});
