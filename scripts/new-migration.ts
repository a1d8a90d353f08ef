// Usage: npm run db:new-migration -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the schema
// the existing migrations produce (prisma/schema.migrated.prisma) to prisma/schema.prisma.
import fs from "node:fs";
import path from "node:path";
import { diffSchemas } from "./lib/offline-prisma";
import { migrationsDir } from "./lib/migrations";
import { startTempPostgres } from "./lib/temp-postgres";

const root = path.resolve(__dirname, "..");
const schema = path.join(root, "prisma/schema.prisma");
const snapshot = path.join(root, "prisma/schema.migrated.prisma");

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run db:new-migration -- <snake_case_name>");
  const server = await startTempPostgres();
  try {
    const sql = diffSchemas(fs.existsSync(snapshot) ? snapshot : null, schema, server.adminUrl);
    if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
      console.log("The schema has not changed since the last migration.");
      return;
    }
    const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    fs.copyFileSync(schema, snapshot);
    const lock = path.join(migrationsDir, "migration_lock.toml");
    if (!fs.existsSync(lock)) fs.writeFileSync(lock, 'provider = "postgresql"\n');
    console.log(`Wrote ${path.relative(root, dir)}/migration.sql`);
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
