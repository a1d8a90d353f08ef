import "server-only";
import type { DbOrTx } from "../db";

export interface HealthFacts {
  /** Migrations recorded as finished (and not rolled back), by name. */
  appliedMigrations: string[];
  /** Migrations that started and never finished: a failed deploy someone must resolve. */
  failedMigrations: string[];
  /** pg-boss's schema version, or null when its schema is not installed. */
  queueVersion: number | null;
}

/** What readiness needs from the database, in one round trip per fact and none of them large. */
export async function readHealthFacts(db: DbOrTx): Promise<HealthFacts> {
  const migrations = await db.$queryRaw<{ migration_name: string; finished: boolean }[]>`
    SELECT migration_name, finished_at IS NOT NULL AS finished FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`;
  const queue = await db.$queryRaw<{ installed: boolean }[]>`SELECT to_regclass('pgboss.version') IS NOT NULL AS installed`;
  let queueVersion: number | null = null;
  if (queue[0]?.installed) {
    const rows = await db.$queryRaw<{ version: number }[]>`SELECT version FROM pgboss.version LIMIT 1`;
    queueVersion = rows[0]?.version ?? null;
  }
  return {
    appliedMigrations: migrations.filter((row) => row.finished).map((row) => row.migration_name),
    failedMigrations: migrations.filter((row) => !row.finished).map((row) => row.migration_name),
    queueVersion,
  };
}
