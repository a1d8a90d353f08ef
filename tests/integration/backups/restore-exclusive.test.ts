// One attempt of an operation at a time: a restore whose lease expired while its worker is still
// alive and busy (a late renewal on a loaded machine) is neither re-queued by the lease sweep nor
// run a second time at once by another attempt of its job. The second attempt waits for the
// first, finds the operation finished and does nothing; the environment ends on the restored data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runRestore } from "@/server/domain/backups/run-restore";
import { requeueExpiredOperations } from "@/server/jobs/requeue-expired";
import type { JobContext } from "@/server/jobs/types";
import { dataTargetOf, loadBackupEnvironment } from "@/server/store/snapshots";
import { testDb } from "../db";
import { jsonRequest, owner, snapshotThenShrink, startBackupTestEnv, untilRestoreCopies, type BackupTestEnv } from "./fixtures";

let env: BackupTestEnv;
beforeAll(async () => {
  env = await startBackupTestEnv();
});
afterAll(async () => {
  await env?.dispose();
});

describe("two attempts of one restore", () => {
  it("run one after the other: one restore, the other does nothing", async () => {
    const { environment, snapshotId } = await snapshotThenShrink(env, 300000);
    // No worker: the two attempts below are the only runs of the restore.
    await env.stopWorker();
    const response = await env.api.restore({ request: jsonRequest(), actor: await owner(), params: { envId: environment.id, snapshotId } });
    const { operationId } = await response.json();
    const ctx: JobContext = { db: testDb, azure: env.stack.gateway, dataPlane: env.stack.dataPlane, log: () => undefined };
    const fresh = `${environment.databaseName}__g1`;

    const first = runRestore(ctx, operationId);
    await untilRestoreCopies(env, environment);
    // The first attempt's lease expires while it is alive and copying.
    await testDb.operation.update({ where: { id: operationId }, data: { leaseExpiresAt: new Date(Date.now() - 60_000) } });
    const holder = (await testDb.operation.findUniqueOrThrow({ where: { id: operationId } })).leaseOwner;
    expect(await requeueExpiredOperations(testDb, env.boss)).toEqual([]);
    const second = runRestore(ctx, operationId);
    // While the first runs, the second has not taken the operation.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const during = await testDb.operation.findUniqueOrThrow({ where: { id: operationId } });
    expect(during.status === "SUCCEEDED" || (during.status === "RUNNING" && during.leaseOwner === holder)).toBe(true);
    expect(during.attempts).toBe(1);
    await Promise.all([first, second]);

    const finished = await testDb.operation.findUniqueOrThrow({ where: { id: operationId } });
    expect(finished.status, JSON.stringify(finished.error)).toBe("SUCCEEDED");
    expect(finished.attempts).toBe(1);
    const restored = await loadBackupEnvironment(testDb, environment.id);
    expect(restored.databaseName).toBe(fresh);
    expect(restored.state).toBe("STOPPED");
    const check = await env.stack.dataPlane.connect(dataTargetOf(restored));
    expect((await check.query<{ n: number }>("SELECT count(*)::int AS n FROM orders")).rows[0].n).toBe(300_000);
    await check.end();
    const audits = await testDb.auditEvent.findMany({ where: { targetId: environment.id, action: { startsWith: "snapshot.restore" } }, select: { action: true, outcome: true } });
    expect(audits.filter((event) => event.action === "snapshot.restore.swap")).toHaveLength(1);
    expect(audits.filter((event) => event.outcome === "FAILURE")).toEqual([]);
    await env.startWorker();
  }, 300_000);
});
