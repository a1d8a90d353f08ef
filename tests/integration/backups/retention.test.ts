// Retention and schedules against the database and Azurite with a fake clock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyRetention } from "@/server/domain/backups/apply-retention";
import { runDueSchedules } from "@/server/domain/backups/run-schedules";
import type { JobContext } from "@/server/jobs/types";
import { dataTargetOf, SNAPSHOT_CONTAINER, snapshotBlobPath } from "@/server/store/snapshots";
import { testDb } from "../db";
import { makeEnvironment, startBackupTestEnv, type BackupTestEnv } from "./fixtures";

let env: BackupTestEnv;
beforeAll(async () => {
  env = await startBackupTestEnv();
  await env.stopWorker(); // the scheduled snapshots are only queued here
});
afterAll(() => env?.dispose());

describe("retention", () => {
  it("deletes exactly the expired snapshots, archive and row", async () => {
    const environment = await makeEnvironment(env);
    const now = new Date("2027-03-10T12:00:00Z");
    const storage = await env.stack.dataPlane.storage(dataTargetOf(environment));
    const container = storage.getContainerClient(SNAPSHOT_CONTAINER);
    await container.createIfNotExists();
    const make = async (kind: "NIGHTLY" | "WEEKLY" | "MONTHLY" | "MANUAL", expiresAt: Date) => {
      const snapshot = await testDb.snapshot.create({ data: { orgId: environment.orgId, environmentId: environment.id, kind, status: "FINISHED", expiresAt } });
      await container.getBlockBlobClient(snapshotBlobPath(snapshot)).upload("x", 1);
      await testDb.snapshot.update({ where: { id: snapshot.id }, data: { blobPath: snapshotBlobPath(snapshot) } });
      return snapshot;
    };
    const expired = [await make("NIGHTLY", new Date(now.getTime() - 1)), await make("MANUAL", now)];
    const kept = [await make("WEEKLY", new Date(now.getTime() + 1)), await make("MONTHLY", new Date("2027-12-01T00:00:00Z"))];

    const ctx = { db: testDb, azure: env.stack.gateway, dataPlane: env.stack.dataPlane, log: () => undefined } as JobContext;
    const result = await applyRetention(ctx, now);
    expect(result.snapshots.sort()).toEqual(expired.map((s) => s.id).sort());
    const left = await testDb.snapshot.findMany({ where: { environmentId: environment.id }, select: { id: true } });
    expect(left.map((s) => s.id).sort()).toEqual(kept.map((s) => s.id).sort());
    for (const s of expired) expect(await container.getBlobClient(snapshotBlobPath(s)).exists()).toBe(false);
    for (const s of kept) expect(await container.getBlobClient(snapshotBlobPath(s)).exists()).toBe(true);
  });
});

describe("schedules", () => {
  it("takes the due snapshot of the day's kind, only where a package is deployed", async () => {
    const deployed = await makeEnvironment(env);
    const empty = await makeEnvironment(env);
    await testDb.environment.update({ where: { id: empty.id }, data: { packageName: null } });
    // Sunday 7 March 2027 is the first Sunday of March: the monthly snapshot.
    const due = new Date("2027-03-07T01:00:00Z");
    // A first tick gives every environment its daily schedule (none is due yet: no snapshot).
    expect(await runDueSchedules(testDb, env.boss, new Date("2027-01-01T00:00:00Z"))).toEqual([]);
    expect(await testDb.backupSchedule.count({ where: { environmentId: { in: [deployed.id, empty.id] } } })).toBe(2);
    await testDb.backupSchedule.updateMany({ where: { environmentId: { in: [deployed.id, empty.id] } }, data: { hour: 2, nextRunAt: due } });
    await testDb.backupSchedule.updateMany({ where: { environmentId: { notIn: [deployed.id, empty.id] } }, data: { enabled: false } });

    expect(await runDueSchedules(testDb, env.boss, new Date(due.getTime() - 1000))).toEqual([]);
    const started = await runDueSchedules(testDb, env.boss, new Date(due.getTime() + 5000));
    expect(started).toHaveLength(1);
    const snapshot = await testDb.snapshot.findUniqueOrThrow({ where: { id: started[0] } });
    expect(snapshot).toMatchObject({ environmentId: deployed.id, kind: "MONTHLY", status: "PROCESSING" });
    expect(snapshot.expiresAt!.toISOString()).toBe("2028-03-07T01:00:05.000Z");
    const schedule = await testDb.backupSchedule.findUniqueOrThrow({ where: { environmentId: deployed.id } });
    expect(schedule.nextRunAt!.toISOString()).toBe("2027-03-08T01:00:00.000Z");
    // The same tick again starts nothing.
    expect(await runDueSchedules(testDb, env.boss, new Date(due.getTime() + 6000))).toEqual([]);
  });
});
