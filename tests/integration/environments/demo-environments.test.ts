import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PACKAGE } from "@/prisma/demo-data";
import { provisionDemoAzure } from "@/scripts/lib/demo-azure";
import { createKubernetesGateway } from "@/server/kubernetes/client";
import { readPackageMetadata } from "@/server/environments/package-store";
import { dataTarget, kubeCluster } from "@/server/domain/environments/environment-target";
import { startBackupStack, type BackupStack } from "../backups/stack";
import { resetWithDemo, testDb } from "../db";

// The demo data's environments are real: a database with tables and rows, files, a generated
// Mendix 10.24 package and a MendixApp in the emulated AKS in the seeded state.

let stack: BackupStack;
beforeAll(async () => {
  await resetWithDemo();
  stack = await startBackupStack();
});
afterAll(async () => stack?.dispose());

describe("demo environments", () => {
  it("gives contoso-prod's environments databases, files, a 10.24 package and running MendixApps", async () => {
    await provisionDemoAzure(process.env.DATABASE_URL!, stack.emulatorUrl);
    const environments = await testDb.environment.findMany({ where: { cluster: { name: "contoso-prod" } }, include: { cluster: { include: { connection: true, namespace: true } } }, orderBy: { name: "asc" } });
    expect(environments.map((e) => e.name)).toEqual(["acceptance", "production", "test"]);
    for (const environment of environments) {
      const target = dataTarget(environment);
      const client = await stack.dataPlane.connect(target);
      const orders = await client.query('SELECT count(*)::int AS n FROM "orders$order"');
      expect(orders.rows[0].n).toBe(4);
      await client.end();
      const files: string[] = [];
      for await (const blob of (await stack.dataPlane.files(target)).listBlobsFlat()) files.push(blob.name);
      expect(files).toHaveLength(3);

      expect(environment.packageBlob).toBeTruthy();
      const blob = (await stack.dataPlane.storage(target)).getContainerClient("mendix-packages").getBlockBlobClient(environment.packageBlob!);
      const metadata = await readPackageMetadata(blob, (await blob.getProperties()).contentLength!);
      expect(metadata.runtimeVersion.text).toBe(DEMO_PACKAGE.runtimeVersion);

      const app = await createKubernetesGateway(stack.gateway).apps(kubeCluster(environment.cluster)).get(environment.cluster.namespace!.name, environment.name);
      expect(app?.spec.replicas).toBe(environment.state === "RUNNING" ? environment.instances : 0);
      expect(app?.spec.mendixRuntimeVersion).toBe(DEMO_PACKAGE.runtimeVersion);
    }
  }, 120_000);
});
