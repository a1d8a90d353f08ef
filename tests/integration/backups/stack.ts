// The real parts backups run on: the ARM emulator reporting the test PostgreSQL as every
// flexible server and Azurite as every storage account, Azurite itself on a free port, and the
// cluster's server and storage account created through the Azure SDK.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmulator } from "@/emulator/server";
import { DEFAULT_CLUSTER_SETTINGS } from "@/lib/cluster-settings";
import { freePort } from "@/scripts/lib/postgres";
import { startAzurite, waitForPort } from "@/scripts/lib/local-stack";
import { createAzureGateway, type AzureGateway } from "@/server/azure/gateway";
import { componentName, postgresBody, resourceGroupBody, storageAccountBody, type ClusterPlan } from "@/server/azure/transform";
import { createDataPlane, type EnvironmentDataPlane, type EnvironmentDataTarget } from "@/server/environments/data-plane";

export interface BackupStack {
  emulatorUrl: string;
  blobEndpoint: string;
  gateway: AzureGateway;
  dataPlane: EnvironmentDataPlane;
  adminUrl: string;
  /** Creates the cluster's resource group, PostgreSQL server and storage account in the emulator. */
  provisionCluster(plan: { subscriptionId: string; resourceGroup: string; clusterName: string }): Promise<void>;
  dispose(): Promise<void>;
}

export async function startBackupStack(): Promise<BackupStack> {
  const adminUrl = process.env.TEST_PG_ADMIN_URL!;
  const pg = new URL(adminUrl);
  const blobPort = await freePort();
  const azuriteDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-it-azurite-"));
  const azurite: ChildProcess = startAzurite(azuriteDir, blobPort);
  const blobEndpoint = `http://127.0.0.1:${blobPort}/devstoreaccount1`;
  const emulator = await startEmulator({ port: 0, stateDir: null, provisionMs: 0, postgres: { host: pg.hostname, port: Number(pg.port) }, blobEndpoint });
  await waitForPort(blobPort);
  // Route handlers called in-process reach Azure and the data plane through configuration (server/env.ts).
  process.env.ARM_ENDPOINT = emulator.url;
  process.env.DATA_PLANE_PG_ADMIN_URL = adminUrl;
  const gateway = createAzureGateway({ mode: "local", endpoint: emulator.url, pollIntervalMs: 10 });
  const dataPlane = createDataPlane({ mode: "local", gateway, adminUrl });
  return {
    emulatorUrl: emulator.url,
    blobEndpoint,
    gateway,
    dataPlane,
    adminUrl,
    async provisionCluster(facts) {
      const plan: ClusterPlan = { ...facts, location: "westeurope", settings: DEFAULT_CLUSTER_SETTINGS };
      const clients = gateway.clientsFor(facts.subscriptionId);
      await clients.resources.resourceGroups.createOrUpdate(facts.resourceGroup, resourceGroupBody(plan));
      await clients.postgres.servers.beginCreateOrUpdateAndWait(facts.resourceGroup, componentName(plan, "POSTGRES"), postgresBody(plan) as never, clients.lro);
      await clients.storage.storageAccounts.beginCreateAndWait(facts.resourceGroup, componentName(plan, "STORAGE"), storageAccountBody(plan) as never, clients.lro);
    },
    async dispose() {
      await emulator.close();
      azurite.kill("SIGTERM");
      await new Promise((resolve) => (azurite.exitCode !== null ? resolve(null) : azurite.once("exit", resolve)));
      fs.rmSync(azuriteDir, { recursive: true, force: true });
    },
  };
}

/** A target with names unique to this test process (test files share one PostgreSQL server). */
export function uniqueTarget(facts: { subscriptionId: string; resourceGroup: string; clusterName: string }, label: string): EnvironmentDataTarget {
  const suffix = `${label}${process.pid}${Math.floor(Math.random() * 1e6)}`.toLowerCase().replace(/[^a-z0-9]/g, "");
  return { ...facts, databaseName: `it_${suffix}`, filesContainer: `it-${suffix}` };
}
