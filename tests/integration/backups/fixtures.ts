// Environments with real data for the backup tests, on a demo cluster whose Azure resources
// exist in the test's emulator, plus a worker and the API handlers wired to the same parts.
import { Readable } from "node:stream";
import type { EnvironmentState } from "@/generated/prisma/enums";
import { DEMO_USERS } from "@/prisma/demo-data";
import { snapshotHandlers } from "@/server/backups/http";
import { createBoss } from "@/server/jobs/boss";
import { ensureQueues } from "@/server/jobs/registry";
import { dataTargetOf, loadBackupEnvironment } from "@/server/store/snapshots";
import { startWorker, type RunningWorker } from "@/worker/run-worker";
import { actorFor, clusterByName, resetWithDemo, testDb } from "../db";
import { pollUntil } from "../worker-process";
import { startBackupStack, type BackupStack } from "./stack";

export { DEMO_USERS };

export interface BackupTestEnv {
  stack: BackupStack;
  boss: ReturnType<typeof createBoss>;
  worker: RunningWorker | null;
  api: ReturnType<typeof snapshotHandlers>;
  startWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startBackupTestEnv(): Promise<BackupTestEnv> {
  await resetWithDemo();
  const stack = await startBackupStack();
  const cluster = await testDb.cluster.findFirstOrThrow({ where: { name: "contoso-prod" }, include: { connection: true } });
  await stack.provisionCluster({ subscriptionId: cluster.connection.subscriptionId, resourceGroup: cluster.managedResourceGroup, clusterName: cluster.name });
  const boss = createBoss(process.env.DATABASE_URL!, { worker: false });
  await boss.start();
  await ensureQueues(boss);
  const env: BackupTestEnv = {
    stack,
    boss,
    worker: null,
    api: snapshotHandlers({ boss: async () => boss, dataPlane: () => stack.dataPlane }),
    async startWorker() {
      env.worker = await startWorker(process.env.DATABASE_URL!, stack.gateway, { quiet: true, concurrency: 1, dataPlane: stack.dataPlane });
    },
    async stopWorker() {
      await env.worker?.stop();
      env.worker = null;
    },
    async dispose() {
      await env.stopWorker();
      await boss.stop({ graceful: false });
      await stack.dispose();
    },
  };
  await env.startWorker();
  return env;
}

let counter = 0;
/** A new environment of contoso-prod with its own database (orders table) and files. */
export async function makeEnvironment(env: BackupTestEnv, options: { state?: EnvironmentState; modelVersion?: string; rows?: number; files?: Record<string, string> } = {}) {
  const cluster = await clusterByName("contoso-prod");
  const namespace = await testDb.namespace.findFirstOrThrow({ where: { clusterId: cluster.id } });
  const suffix = `${process.pid}${Date.now().toString(36)}${counter++}`;
  const row = await testDb.environment.create({
    data: {
      orgId: cluster.orgId,
      clusterId: cluster.id,
      namespaceId: namespace.id,
      name: `bk-${suffix}`,
      state: options.state ?? "STOPPED",
      instances: 0,
      packageName: "app_10.24.3.mda",
      runtimeVersion: "10.24.3",
      modelVersion: options.modelVersion ?? "1.4.0",
      databaseName: `bk_${suffix}`,
      filesContainer: `bk-${suffix}`,
    },
  });
  const environment = await loadBackupEnvironment(testDb, row.id);
  const target = dataTargetOf(environment);
  await env.stack.dataPlane.provision(target);
  const client = await env.stack.dataPlane.connect(target);
  await client.query("CREATE TABLE orders (id int primary key, item text)");
  await client.query("INSERT INTO orders SELECT g, 'item ' || g FROM generate_series(1, $1::int) g", [options.rows ?? 25]);
  await client.end();
  const files = await env.stack.dataPlane.files(target);
  for (const [id, text] of Object.entries(options.files ?? {})) await files.getBlockBlobClient(id).upload(text, Buffer.byteLength(text));
  return environment;
}

/** The environment's live data as the portal points at it now. */
export async function liveData(env: BackupTestEnv, environmentId: string) {
  const environment = await loadBackupEnvironment(testDb, environmentId);
  const target = dataTargetOf(environment);
  const client = await env.stack.dataPlane.connect(target);
  const rows = await client.query<{ id: number; item: string }>("SELECT id, item FROM orders ORDER BY id");
  await client.end();
  const files: Record<string, string> = {};
  const container = await env.stack.dataPlane.files(target);
  for await (const blob of container.listBlobsFlat()) files[blob.name] = (await container.getBlobClient(blob.name).downloadToBuffer()).toString();
  return { environment, rows: rows.rows, files };
}

/** Reads the operation every 50 ms until it has finished, at most `attempts` times. */
export async function waitForOperation(operationId: string, attempts = 1200) {
  for (let attempt = 1; ; attempt++) {
    const operation = await testDb.operation.findUniqueOrThrow({ where: { id: operationId } });
    if (operation.status === "SUCCEEDED" || operation.status === "FAILED") return operation;
    if (attempt >= attempts) throw new Error(`operation ${operationId} still ${operation.status} after ${attempts} reads: ${JSON.stringify(operation.steps)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const owner = () => actorFor(DEMO_USERS.contosoOwner);

export function jsonRequest(body: unknown = {}): Request {
  return new Request("http://portal.test/api", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
}

export function getRequest(): Request {
  return new Request("http://portal.test/api");
}

/** An upload request whose body streams from `source`. */
export function uploadRequest(source: Readable | Buffer, contentType = "application/gzip"): Request {
  const stream = Buffer.isBuffer(source) ? Readable.from([source]) : source;
  return new Request("http://portal.test/api", {
    method: "POST",
    body: Readable.toWeb(stream) as unknown as ReadableStream,
    headers: { "content-type": contentType },
    duplex: "half",
  } as RequestInit);
}

/**
 * An environment whose snapshot holds `rows` order rows (enough for a restore that takes a while),
 * after which 1000 rows are left in the live data: a restore that finished shows `rows` again, one
 * that did not leaves 1000.
 */
export async function snapshotThenShrink(env: BackupTestEnv, rows: number) {
  const environment = await makeEnvironment(env, { rows: 10 });
  const client = await env.stack.dataPlane.connect(dataTargetOf(environment));
  await client.query("INSERT INTO orders SELECT g, repeat(md5(g::text), 8) FROM generate_series(11, $1::int) g", [rows]);
  await client.end();
  const created = await env.api.create({ request: jsonRequest(), actor: await owner(), params: { envId: environment.id } });
  const { operationId, snapshotId } = (await created.json()) as { operationId: string; snapshotId: string };
  if ((await waitForOperation(operationId, 2400)).status !== "SUCCEEDED") throw new Error("the snapshot failed");
  const change = await env.stack.dataPlane.connect(dataTargetOf(environment));
  await change.query("DELETE FROM orders WHERE id > 1000");
  await change.end();
  return { environment, snapshotId };
}

/** Waits until a restore of `environment` is copying rows into its new database (`<name>__g1`). */
export async function untilRestoreCopies(env: BackupTestEnv, environment: Parameters<typeof dataTargetOf>[0] & { databaseName: string }) {
  const fresh = `${environment.databaseName}__g1`;
  await pollUntil(
    async () => {
      const admin = await env.stack.dataPlane.admin(dataTargetOf(environment));
      const copying = (await admin.query("SELECT 1 FROM pg_stat_activity WHERE datname = $1 AND query ILIKE 'COPY %'", [fresh])).rowCount === 1;
      await admin.end();
      return copying;
    },
    "pg_restore copying rows",
    { attempts: 2400, intervalMs: 25 },
  );
}
