// Snapshots and restores through the API handlers and a real worker, on a real PostgreSQL and Azurite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataTargetOf } from "@/server/store/snapshots";
import { testDb, actorFor } from "../db";
import { DEMO_USERS, getRequest, jsonRequest, liveData, makeEnvironment, owner, startBackupTestEnv, uploadRequest, waitForOperation, type BackupTestEnv } from "./fixtures";

const FILE_A = "0a0b0c0d-0000-4000-8000-00000000000a";
const FILE_B = "1a1b1c1d-0000-4000-8000-00000000000b";

let env: BackupTestEnv;
beforeAll(async () => {
  env = await startBackupTestEnv();
});
afterAll(() => env?.dispose());

async function takeSnapshot(environmentId: string, comment = "before the change") {
  const response = await env.api.create({ request: jsonRequest({ comment }), actor: await owner(), params: { envId: environmentId } });
  expect(response.status).toBe(202);
  const { operationId, snapshotId } = await response.json();
  const operation = await waitForOperation(operationId);
  expect(operation.status, JSON.stringify(operation.error)).toBe("SUCCEEDED");
  return snapshotId as string;
}

describe("snapshot round trip", () => {
  it("brings rows and files back after a restore, swapping in one step and keeping the old data", async () => {
    const environment = await makeEnvironment(env, { files: { [FILE_A]: "alpha", [FILE_B]: "beta" } });
    const snapshotId = await takeSnapshot(environment.id);
    const snapshot = await testDb.snapshot.findUniqueOrThrow({ where: { id: snapshotId } });
    expect(snapshot).toMatchObject({ status: "FINISHED", kind: "MANUAL", comment: "before the change", modelVersion: "1.4.0", manifest: { "public.orders": 25 } });
    expect(Number(snapshot.archiveSize)).toBeGreaterThan(0);
    expect(snapshot.expiresAt!.getTime() - snapshot.createdAt.getTime()).toBe(14 * 86_400_000);

    // Change rows and files after the snapshot.
    const before = await liveData(env, environment.id);
    const client = await env.stack.dataPlane.connect(dataTargetOf(environment));
    await client.query("DELETE FROM orders WHERE id > 5; UPDATE orders SET item = 'changed'");
    await client.end();
    const files = await env.stack.dataPlane.files(dataTargetOf(environment));
    await files.getBlobClient(FILE_A).delete();
    expect((await liveData(env, environment.id)).rows).toHaveLength(5);

    const response = await env.api.restore({ request: jsonRequest(), actor: await owner(), params: { envId: environment.id, snapshotId } });
    expect(response.status).toBe(202);
    const restored = await waitForOperation((await response.json()).operationId);
    expect(restored.status, JSON.stringify(restored.error)).toBe("SUCCEEDED");

    const after = await liveData(env, environment.id);
    expect(after.rows).toEqual(before.rows);
    expect(after.files).toEqual({ [FILE_A]: "alpha", [FILE_B]: "beta" });
    expect(after.environment.state).toBe("STOPPED");
    expect(after.environment.databaseName).toBe(`${environment.databaseName}__g1`);
    const retired = await testDb.retiredEnvironmentData.findMany({ where: { environmentId: environment.id } });
    expect(retired).toMatchObject([{ databaseName: environment.databaseName, filesContainer: environment.filesContainer, snapshotId }]);
    // The old data is still there for an undo.
    const old = await env.stack.dataPlane.connect(dataTargetOf(environment));
    expect((await old.query("SELECT count(*)::int AS n FROM orders")).rows[0].n).toBe(5);
    await old.end();

    // A restore drill verifies the snapshot.
    const drill = await env.api.drill({ request: jsonRequest(), actor: await owner(), params: { envId: environment.id, snapshotId } });
    expect((await waitForOperation((await drill.json()).operationId)).status).toBe("SUCCEEDED");
    const verified = await testDb.snapshot.findUniqueOrThrow({ where: { id: snapshotId } });
    expect(verified.verifiedAt).not.toBeNull();
    expect(verified.drill).toMatchObject({ ok: true });
  });

  it("opens a ticket and tells the managers when a drill finds different data", async () => {
    const environment = await makeEnvironment(env);
    const snapshotId = await takeSnapshot(environment.id);
    await testDb.snapshot.update({ where: { id: snapshotId }, data: { manifest: { "public.orders": 26 } } });
    const drill = await env.api.drill({ request: jsonRequest(), actor: await owner(), params: { envId: environment.id, snapshotId } });
    await waitForOperation((await drill.json()).operationId);
    const snapshot = await testDb.snapshot.findUniqueOrThrow({ where: { id: snapshotId } });
    expect(snapshot.verifiedAt).toBeNull();
    expect(snapshot.drill).toMatchObject({ ok: false, message: expect.stringContaining("public.orders has 25 rows, the snapshot had 26") });
    const ticket = await testDb.ticket.findFirstOrThrow({ where: { clusterId: environment.clusterId, createdBySystem: true }, orderBy: { createdAt: "desc" } });
    expect(ticket.subject).toContain(environment.name);
    const manager = await testDb.user.findUniqueOrThrow({ where: { email: DEMO_USERS.contosoManager } });
    expect(await testDb.notification.count({ where: { userId: manager.id, ticketId: ticket.id } })).toBe(1);
  });

  it("moves a snapshot to another environment by download and upload", async () => {
    const source = await makeEnvironment(env, { rows: 12, files: { [FILE_A]: "moved" } });
    const snapshotId = await takeSnapshot(source.id);
    const download = await env.api.archive({ request: getRequest(), actor: await owner(), params: { envId: source.id, snapshotId } });
    expect(download.headers.get("content-type")).toBe("application/gzip");
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.length).toBe(Number((await testDb.snapshot.findUniqueOrThrow({ where: { id: snapshotId } })).archiveSize));

    const link = await (await env.api.archiveUrl({ request: jsonRequest(), actor: await owner(), params: { envId: source.id, snapshotId } })).json();
    expect(new Date(link.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(Buffer.from(await (await fetch(link.url)).arrayBuffer()).equals(bytes)).toBe(true);

    const target = await makeEnvironment(env, { rows: 3 });
    const upload = await env.api.upload({ request: uploadRequest(bytes), actor: await owner(), params: { envId: target.id } });
    expect(upload.status).toBe(202);
    const { operationId, snapshotId: uploadedId } = await upload.json();
    expect((await waitForOperation(operationId)).status).toBe("SUCCEEDED");
    const uploaded = await testDb.snapshot.findUniqueOrThrow({ where: { id: uploadedId } });
    expect(uploaded).toMatchObject({ status: "FINISHED", kind: "UPLOADED", modelVersion: "1.4.0", manifest: { "public.orders": -1 } });

    const restore = await env.api.restore({ request: jsonRequest(), actor: await owner(), params: { envId: target.id, snapshotId: uploadedId } });
    expect((await waitForOperation((await restore.json()).operationId)).status).toBe("SUCCEEDED");
    const after = await liveData(env, target.id);
    expect(after.rows).toHaveLength(12);
    expect(after.files).toEqual({ [FILE_A]: "moved" });
  });
});

describe("restore refusals", () => {
  it("is 409 while the environment runs, and changes nothing", async () => {
    const environment = await makeEnvironment(env, { state: "RUNNING" });
    const snapshotId = await takeSnapshot(environment.id);
    await expect(env.api.restore({ request: jsonRequest(), actor: await owner(), params: { envId: environment.id, snapshotId } })).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/Stop the environment/) });
    const row = await testDb.environment.findUniqueOrThrow({ where: { id: environment.id } });
    expect(row).toMatchObject({ state: "RUNNING", databaseName: environment.databaseName });
    expect(await testDb.auditEvent.count({ where: { action: "snapshot.restore", targetId: environment.id, outcome: "DENIED" } })).toBe(1);
  });

  it("asks to confirm when the model version differs", async () => {
    const source = await makeEnvironment(env, { modelVersion: "1.4.0" });
    const snapshotId = await takeSnapshot(source.id);
    const target = await makeEnvironment(env, { modelVersion: "2.0.0" });
    await expect(env.api.restore({ request: jsonRequest(), actor: await owner(), params: { envId: target.id, snapshotId } })).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/model version 1\.4\.0, the environment 2\.0\.0/) });
    const response = await env.api.restore({ request: jsonRequest({ confirmModelVersion: true }), actor: await owner(), params: { envId: target.id, snapshotId } });
    expect((await waitForOperation((await response.json()).operationId)).status).toBe("SUCCEEDED");
  });

  it("refuses snapshots while the environment is being deployed", async () => {
    const environment = await makeEnvironment(env, { state: "DEPLOYING" });
    await expect(env.api.create({ request: jsonRequest(), actor: await owner(), params: { envId: environment.id } })).rejects.toMatchObject({ code: "conflict" });
    expect(await testDb.snapshot.count({ where: { environmentId: environment.id } })).toBe(0);
  });
});

describe("who may do what", () => {
  it("lets members read but not act, and hides another organisation's snapshots", async () => {
    const environment = await makeEnvironment(env);
    const snapshotId = await takeSnapshot(environment.id);
    const member = await actorFor(DEMO_USERS.contosoMember);
    const list = await env.api.list({ request: getRequest(), actor: member, params: { envId: environment.id } });
    expect((await list.json()).items.map((s: { id: string }) => s.id)).toEqual([snapshotId]);
    for (const call of [
      () => env.api.create({ request: jsonRequest(), actor: member, params: { envId: environment.id } }),
      () => env.api.remove({ request: jsonRequest(), actor: member, params: { envId: environment.id, snapshotId } }),
      () => env.api.restore({ request: jsonRequest(), actor: member, params: { envId: environment.id, snapshotId } }),
      () => env.api.upload({ request: uploadRequest(Buffer.from([0x1f, 0x8b])), actor: member, params: { envId: environment.id } }),
    ])
      await expect(call()).rejects.toMatchObject({ code: "forbidden" });
    const manager = await actorFor(DEMO_USERS.contosoManager);
    expect((await env.api.get({ request: getRequest(), actor: manager, params: { envId: environment.id, snapshotId } })).status).toBe(200);

    const stranger = await actorFor(DEMO_USERS.fabrikamOwner);
    for (const call of [
      () => env.api.list({ request: getRequest(), actor: stranger, params: { envId: environment.id } }),
      () => env.api.get({ request: getRequest(), actor: stranger, params: { envId: environment.id, snapshotId } }),
      () => env.api.archive({ request: getRequest(), actor: stranger, params: { envId: environment.id, snapshotId } }),
      () => env.api.restore({ request: jsonRequest(), actor: stranger, params: { envId: environment.id, snapshotId } }),
    ])
      await expect(call()).rejects.toMatchObject({ code: "not_found" });
  });

  it("deletes a snapshot early, archive and row", async () => {
    const environment = await makeEnvironment(env);
    const snapshotId = await takeSnapshot(environment.id);
    const response = await env.api.remove({ request: jsonRequest(), actor: await owner(), params: { envId: environment.id, snapshotId } });
    expect((await waitForOperation((await response.json()).operationId)).status).toBe("SUCCEEDED");
    expect(await testDb.snapshot.count({ where: { id: snapshotId } })).toBe(0);
    const storage = await env.stack.dataPlane.storage(dataTargetOf(environment));
    expect(await storage.getContainerClient("snapshots").getBlobClient(`${environment.id}/${snapshotId}.tar.gz`).exists()).toBe(false);
  });
});
