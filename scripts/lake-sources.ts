// npm run lake:sources: writes the lake's source tables migration from the source catalogue.
import fs from "node:fs";
import path from "node:path";
import { MIGRATIONS_DIR } from "../lib/clickhouse/migration-files";
import { PIPELINE_SOURCES } from "../lib/pipeline/sources";
import { SOURCE_TABLES_MIGRATION, sourceTablesMigration } from "../lib/pipeline/sql/ddl";

const file = path.join(MIGRATIONS_DIR, SOURCE_TABLES_MIGRATION);
fs.writeFileSync(file, sourceTablesMigration(PIPELINE_SOURCES));
console.log(`wrote ${path.relative(process.cwd(), file)}`);
