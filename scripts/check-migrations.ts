// Proves the committed migrations and prisma/schema.prisma agree: the database the migrations
// build and the database Prisma's own SQL for the schema builds must have identical catalogs.
import path from "node:path";
import { describeSchema } from "./lib/schema-catalog";
import { diffSchemas } from "./lib/offline-prisma";
import { migrate } from "./lib/migrations";
import { createDatabase, withClient } from "./lib/postgres";
import { startTempPostgres } from "./lib/temp-postgres";

async function main() {
  const server = await startTempPostgres();
  try {
    await createDatabase(server.adminUrl, "from_migrations");
    await createDatabase(server.adminUrl, "from_schema");
    await migrate(server.urlFor("from_migrations"));
    const sql = diffSchemas(null, path.resolve(__dirname, "../prisma/schema.prisma"), server.adminUrl);
    await withClient(server.urlFor("from_schema"), (client) => client.query(sql));
    const [migrated, expected] = await Promise.all([
      describeSchema(server.urlFor("from_migrations")),
      describeSchema(server.urlFor("from_schema")),
    ]);
    const missing = expected.filter((line) => !migrated.includes(line));
    const extra = migrated.filter((line) => !expected.includes(line));
    if (missing.length || extra.length) {
      console.error("prisma/schema.prisma and prisma/migrations disagree. Run `npm run db:new-migration -- <name>`.");
      for (const line of missing) console.error(`  missing from migrations: ${line}`);
      for (const line of extra) console.error(`  only in migrations:      ${line}`);
      process.exitCode = 1;
    } else {
      console.log(`Migrations match the schema (${expected.length} catalog entries).`);
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
