// `npm run bench:init`: initialize N clusters (default 50) at once against the ARM emulator with
// zero provisioning time, through the real use case (pre-flight included), pg-boss and a worker.
// Prints wall time, ARM requests per cluster, and CPU time. Target: 50 clusters in ≤ 30 s.
// The worker, the emulator and the requesting code share this process, so the CPU time printed is
// an upper bound for the worker alone. Run with the react-server condition (server-only modules).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { EmulatorAdminClient } from "../../emulator/admin-client";
import { startEmulator } from "../../emulator/server";
import { OWNER_ROLE_ID } from "../../emulator/types";
import { DEMO_USERS, seedDemo } from "../../prisma/demo-data";
import { migrate } from "../../scripts/lib/migrations";
import { createDatabase, freePort, startLocalPostgres } from "../../scripts/lib/postgres";
import { loadActor } from "../../server/store/actors";
import { createAzureGateway } from "../../server/azure/gateway";
import { createDb } from "../../server/db";
import { initializeCluster } from "../../server/domain/clusters/initialize-cluster";
import { createBoss } from "../../server/jobs/boss";
import { ensureQueues } from "../../server/jobs/registry";
import { startWorker } from "../../worker/run-worker";

const { values } = parseArgs({ options: { clusters: { type: "string", default: "50" }, concurrency: { type: "string", default: "50" } } });
const N = Number(values.clusters);
const TARGET_S = 30;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-init-"));
  const pg = await startLocalPostgres({ dataDir, port: await freePort() });
  const emulator = await startEmulator({ port: 0, stateDir: null, provisionMs: 0 });
  try {
    await createDatabase(pg.adminUrl, "bench");
    const url = pg.urlFor("bench");
    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "bench-secret-0123456789abcdef";
    await migrate(url);
    const db = createDb(url, 20);
    await seedDemo(db);
    const owner = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.contosoOwner } });
    const template = await db.cluster.findFirstOrThrow({ where: { name: "contoso-dev" } });
    const names = Array.from({ length: N }, (_, i) => `bench-${String(i + 1).padStart(3, "0")}`);
    await db.cluster.createMany({
      data: names.map((name) => ({ orgId: template.orgId, connectionId: template.connectionId, name, region: template.region, managedApplicationId: `${template.managedApplicationId}-${name}`, managedResourceGroup: `mrg-${name}` })),
    });
    await db.organization.update({ where: { id: template.orgId }, data: { cloudTokens: 100_000 } });
    const connection = await db.azureConnection.findUniqueOrThrow({ where: { id: template.connectionId } });
    const admin = new EmulatorAdminClient(emulator.url);
    await admin.setRoleAssignments([{ principalId: owner.azurePrincipalId!, roleDefinitionId: OWNER_ROLE_ID, scope: `/subscriptions/${connection.subscriptionId}` }]);

    const gateway = createAzureGateway({ mode: "local", endpoint: emulator.url, pollIntervalMs: 10 });
    const boss = createBoss(url, { worker: false });
    await boss.start();
    await ensureQueues(boss);
    const worker = await startWorker(url, gateway, { quiet: true, concurrency: Number(values.concurrency) });
    const actor = (await loadActor(db, owner.id))!;
    const clusters = await db.cluster.findMany({ where: { name: { in: names } } });
    await admin.resetRequests();

    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const operations = await Promise.all(clusters.map((cluster) => initializeCluster(db, boss, gateway, actor, cluster.id, {})));
    const ids = operations.map((operation) => operation.id);
    for (;;) {
      const open = await db.operation.count({ where: { id: { in: ids }, status: { in: ["QUEUED", "RUNNING"] } } });
      if (open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const wallS = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const failed = await db.operation.count({ where: { id: { in: ids }, status: "FAILED" } });
    const initialized = await db.cluster.count({ where: { name: { in: names }, status: "INITIALIZED" } });
    const requests = await admin.requests();
    const puts = Object.entries(requests.counts).filter(([key]) => key.startsWith("PUT ")).reduce((sum, [, count]) => sum + count, 0);

    console.log(`\nInitialization benchmark: ${N} clusters at once, emulator provisioning 0 ms, worker concurrency ${values.concurrency}`);
    console.log(`  wall time            ${wallS.toFixed(2)} s  (target ≤ ${TARGET_S} s: ${wallS <= TARGET_S ? "PASS" : "FAIL"})`);
    console.log(`  initialized / failed ${initialized} / ${failed}`);
    console.log(`  ARM requests         ${requests.total} total, ${(requests.total / N).toFixed(1)} per cluster (${(puts / N).toFixed(1)} PUT)`);
    console.log(`  CPU (this process)   ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (user ${(cpu.user / 1e6).toFixed(2)}, system ${(cpu.system / 1e6).toFixed(2)}); worker + emulator + requests`);
    const top = Object.entries(requests.counts).sort((a, b) => b[1] - a[1]).slice(0, 8);
    for (const [key, count] of top) console.log(`    ${key.padEnd(60)} ${(count / N).toFixed(1)}/cluster`);

    await worker.stop();
    await boss.stop({ graceful: false });
    await db.$disconnect();
  } finally {
    await emulator.close();
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
