import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/ready/route";
import { requestGuardLoaded } from "@/server/api/request-guard-mark";
import { checkReadiness } from "@/server/domain/health/check-readiness";
import { createBoss } from "@/server/jobs/boss";
import { createDb } from "@/server/db";
import { listMigrations, migrationsDir } from "@/scripts/lib/migrations";
import { testDb } from "../db";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "portal-health-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A migrations folder as a newer release of the app would ship it: every known one plus `extra`. */
function shippedWith(extra: string[]): string {
  const dir = fs.mkdtempSync(path.join(scratch, "migrations-"));
  for (const name of [...listMigrations().map((migration) => migration.name), ...extra]) fs.mkdirSync(path.join(dir, name));
  return dir;
}

describe("health endpoints", () => {
  beforeAll(async () => {
    // The queue's schema is installed by the first pg-boss start (the worker's or the web's).
    const boss = createBoss(process.env.DATABASE_URL!, { worker: false });
    await boss.start();
    await boss.stop({ graceful: false });
  });

  it("live answers without touching the database", async () => {
    const response = live();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "live" });
  });

  it("ready answers 503 in a web process started without the request guard (its pages would have no CSP)", async () => {
    expect(requestGuardLoaded()).toBe(false);
    const response = await ready();
    const body = await response.json();
    expect(response.status).toBe(503);
    expect(body).toMatchObject({ status: "not_ready", checks: { database: { ok: true }, requestGuard: { ok: false } } });
  });

  it("ready answers 200 with every check passing on a migrated database with the queue installed", async () => {
    // As `npm start` and the web image run it: the guard preloaded (node --require).
    createRequire(import.meta.url)("../../../scripts/lib/http-guard.cjs");
    expect(requestGuardLoaded()).toBe(true);
    const response = await ready();
    const body = await response.json();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(body).toMatchObject({ status: "ready", checks: { database: { ok: true }, migrations: { ok: true, pending: [], failed: [] }, queue: { ok: true }, requestGuard: { ok: true } } });
    expect(body.checks.migrations.applied).toBe(listMigrations().length);
  });

  it("is not ready while a migration shipped with the app is not applied, and names it", async () => {
    const readiness = await checkReadiness(testDb, shippedWith(["29991231000000_future_change"]));
    expect(readiness.ready).toBe(false);
    expect(readiness.checks.migrations).toMatchObject({ ok: false, pending: ["29991231000000_future_change"] });
    expect(readiness.checks.database.ok).toBe(true);
  });

  it("is not ready while a migration failed half-way", async () => {
    await testDb.$executeRaw`INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES (gen_random_uuid()::text, 'x', '29991231000001_broken')`;
    try {
      const readiness = await checkReadiness(testDb, shippedWith([]));
      expect(readiness.checks.migrations).toMatchObject({ ok: false, failed: ["29991231000001_broken"] });
    } finally {
      await testDb.$executeRaw`DELETE FROM "_prisma_migrations" WHERE migration_name = '29991231000001_broken'`;
    }
  });

  it("is not ready until the job queue's schema is installed", async () => {
    await testDb.$executeRawUnsafe("DROP SCHEMA pgboss CASCADE");
    try {
      const readiness = await checkReadiness(testDb, migrationsDir);
      expect(readiness).toMatchObject({ ready: false, checks: { database: { ok: true }, migrations: { ok: true }, queue: { ok: false } } });
    } finally {
      const boss = createBoss(process.env.DATABASE_URL!, { worker: false });
      await boss.start();
      await boss.stop({ graceful: false });
    }
    expect((await checkReadiness(testDb, migrationsDir)).ready).toBe(true);
  });

  it("is not ready without the app's migrations folder", async () => {
    const readiness = await checkReadiness(testDb, path.join(scratch, "nothing-here"));
    expect(readiness).toMatchObject({ ready: false, checks: { migrations: { ok: false } } });
  });

  it("is not ready when the database does not answer, and says so without details", async () => {
    const unreachable = createDb("postgresql://portal:portal@127.0.0.1:1/portal", 1);
    try {
      const readiness = await checkReadiness(unreachable, migrationsDir);
      expect(readiness).toEqual({
        ready: false,
        checks: { database: { ok: false, error: "The database does not answer." }, migrations: { ok: false }, queue: { ok: false } },
      });
    } finally {
      await unreachable.$disconnect();
    }
  });
});
