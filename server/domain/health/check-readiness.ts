import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import type { Db } from "../../db";
import { readHealthFacts } from "../../store/health";

/** Where the deployed migrations live next to the app (the image copies prisma/migrations). */
const MIGRATIONS_DIR = path.join(process.cwd(), "prisma", "migrations");

export interface Readiness {
  ready: boolean;
  checks: {
    database: { ok: boolean; latencyMs?: number; error?: string };
    migrations: { ok: boolean; applied?: number; pending?: string[]; failed?: string[]; error?: string };
    queue: { ok: boolean; version?: number; error?: string };
  };
}

/**
 * Whether this web process can serve: the database answers, every migration shipped with the app
 * is applied (none failed), and the job queue's schema is installed. Only names and counts are
 * reported: the answer is public (load balancers and Kubernetes probes call it unauthenticated).
 */
export async function checkReadiness(db: Db, migrationsDir: string = MIGRATIONS_DIR): Promise<Readiness> {
  const started = performance.now();
  let facts;
  try {
    facts = await readHealthFacts(db);
  } catch {
    return {
      ready: false,
      checks: { database: { ok: false, error: "The database does not answer." }, migrations: { ok: false }, queue: { ok: false } },
    };
  }
  const database = { ok: true, latencyMs: Math.round(performance.now() - started) };
  const migrations = await compareMigrations(facts.appliedMigrations, facts.failedMigrations, migrationsDir);
  const queue = facts.queueVersion === null ? { ok: false, error: "The job queue's schema is not installed." } : { ok: true, version: facts.queueVersion };
  return { ready: database.ok && migrations.ok && queue.ok, checks: { database, migrations, queue } };
}

async function compareMigrations(applied: string[], failed: string[], migrationsDir: string): Promise<Readiness["checks"]["migrations"]> {
  let shipped: string[];
  try {
    const entries = await fs.readdir(migrationsDir, { withFileTypes: true });
    shipped = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch {
    return { ok: false, error: "The app's migrations folder is missing." };
  }
  const done = new Set(applied);
  const pending = shipped.filter((name) => !done.has(name)).sort();
  return { ok: pending.length === 0 && failed.length === 0, applied: applied.length, pending, failed };
}
