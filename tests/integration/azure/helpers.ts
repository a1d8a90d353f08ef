// Shared set-up of the initialization tests: the demo database, an in-process ARM emulator, a
// real worker pulling jobs from pg-boss, and the owners' Azure role assignments.
import { EmulatorAdminClient } from "@/emulator/admin-client";
import { startEmulator } from "@/emulator/server";
import { OWNER_ROLE_ID } from "@/emulator/types";
import { DEMO_USERS } from "@/prisma/demo-data";
import { createAzureGateway, type AzureGateway } from "@/server/azure/gateway";
import { createBoss } from "@/server/jobs/boss";
import { ensureQueues } from "@/server/jobs/registry";
import { startWorker, type RunningWorker } from "@/worker/run-worker";
import { actorFor, clusterByName, resetWithDemo, testDb } from "../db";

export const CONTOSO_SUB = "6f1d3c2a-0c1e-4d7b-9a55-3b1f0c0c0a01";
export const FABRIKAM_SUB = "9b2e4d3c-1d2f-4e8c-8b66-4c2a1d1d1b02";

export interface AzureTestEnv {
  emulator: Awaited<ReturnType<typeof startEmulator>>;
  admin: EmulatorAdminClient;
  gateway: AzureGateway;
  boss: ReturnType<typeof createBoss>;
  worker: RunningWorker | null;
  startWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  dispose(): Promise<void>;
}

export async function ownerRoles(admin: EmulatorAdminClient) {
  const principals = await testDb.user.findMany({ where: { email: { in: [DEMO_USERS.contosoOwner, DEMO_USERS.fabrikamOwner] } } });
  const sub = (email: string) => (email === DEMO_USERS.contosoOwner ? CONTOSO_SUB : FABRIKAM_SUB);
  await admin.setRoleAssignments(
    principals.map((user) => ({ principalId: user.azurePrincipalId!, roleDefinitionId: OWNER_ROLE_ID, scope: `/subscriptions/${sub(user.email)}`, principalType: "User" as const })),
  );
}

export async function startAzureTestEnv(options: { provisionMs?: number; concurrency?: number } = {}): Promise<AzureTestEnv> {
  await resetWithDemo();
  const emulator = await startEmulator({ port: 0, stateDir: null, provisionMs: options.provisionMs ?? 0 });
  // Route handlers called in-process reach Azure through ARM_ENDPOINT (server/env.ts, read once per test file).
  process.env.ARM_ENDPOINT = emulator.url;
  const admin = new EmulatorAdminClient(emulator.url);
  const gateway = createAzureGateway({ mode: "local", endpoint: emulator.url, pollIntervalMs: 10 });
  const boss = createBoss(process.env.DATABASE_URL!, { worker: false });
  await boss.start();
  await ensureQueues(boss);
  await ownerRoles(admin);
  const env: AzureTestEnv = {
    emulator,
    admin,
    gateway,
    boss,
    worker: null,
    async startWorker() {
      env.worker = await startWorker(process.env.DATABASE_URL!, gateway, { quiet: true, concurrency: options.concurrency ?? 2 });
    },
    async stopWorker() {
      await env.worker?.stop();
      env.worker = null;
    },
    async dispose() {
      await env.stopWorker();
      await boss.stop({ graceful: false });
      await emulator.close();
    },
  };
  await env.startWorker();
  return env;
}

/** Puts the database and the emulator back to the demo state (between tests). */
export async function resetAll(env: AzureTestEnv) {
  await resetWithDemo();
  await env.admin.reset();
  await ownerRoles(env.admin);
}

/** Reads the operation every 50 ms until it has finished, at most `attempts` times. */
export async function waitForOperation(operationId: string, attempts = 600) {
  for (let attempt = 1; ; attempt++) {
    const operation = await testDb.operation.findUniqueOrThrow({ where: { id: operationId } });
    if (operation.status === "SUCCEEDED" || operation.status === "FAILED") return operation;
    if (attempt >= attempts) throw new Error(`operation ${operationId} still ${operation.status} after ${attempts} reads: ${JSON.stringify(operation.steps)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function clusterState(name: string) {
  return testDb.cluster.findFirstOrThrow({ where: { name }, include: { components: true, namespace: true } });
}

/** Counts of the emulator's resources per type inside one resource group. */
export async function resourcesIn(admin: EmulatorAdminClient, resourceGroup: string) {
  const { resources } = await admin.resources();
  const mine = resources.filter((r) => r.id.toLowerCase().includes(`/resourcegroups/${resourceGroup.toLowerCase()}/`) || r.id.toLowerCase().endsWith(`/resourcegroups/${resourceGroup.toLowerCase()}`));
  const byType: Record<string, number> = {};
  for (const r of mine) byType[r.type] = (byType[r.type] ?? 0) + 1;
  return { total: mine.length, byType, resources: mine };
}

export { actorFor, clusterByName, testDb, DEMO_USERS };
