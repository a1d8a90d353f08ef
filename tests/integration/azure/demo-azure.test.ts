import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmulatorAdminClient } from "@/emulator/admin-client";
import { startEmulator } from "@/emulator/server";
import { runPreflight } from "@/server/domain/clusters/run-preflight";
import { createAzureGateway } from "@/server/azure/gateway";
import { provisionDemoAzure } from "@/scripts/lib/demo-azure";
import { actorFor, clusterByName, resetWithDemo, testDb } from "../db";
import { DEMO_UNCONNECTED_SUBSCRIPTION } from "@/prisma/demo-data";
import { DEMO_USERS, resourcesIn } from "./helpers";

let emulator: Awaited<ReturnType<typeof startEmulator>>;
beforeAll(async () => {
  await resetWithDemo();
  emulator = await startEmulator({ port: 0, stateDir: null, provisionMs: 1500 });
});
afterAll(async () => emulator?.close());

describe("demo Azure set-up", () => {
  it("creates the seeded clusters' resources, keeps the failed parts missing, and grants owners Owner", async () => {
    await provisionDemoAzure(process.env.DATABASE_URL!, emulator.url);
    const admin = new EmulatorAdminClient(emulator.url);
    expect((await admin.config()).provisionMs).toBe(1500);
    expect((await resourcesIn(admin, "mrg-contoso-prod")).total).toBe(22); // with the backups' storage account, the maintenance window, the server's two TLS parameters and the three alert rule groups
    expect((await resourcesIn(admin, "mrg-fabrikam-main")).total).toBe(22);
    expect((await resourcesIn(admin, "mrg-contoso-prod")).byType["Microsoft.AlertsManagement/prometheusRuleGroups"]).toBe(3);
    const failed = await resourcesIn(admin, "mrg-contoso-analytics");
    expect(failed.byType["Microsoft.ContainerService/managedClusters"]).toBeUndefined();
    expect(failed.byType["Microsoft.AlertsManagement/prometheusRuleGroups"]).toBeUndefined();
    expect(failed.byType["Microsoft.DBforPostgreSQL/flexibleServers"]).toBe(1);
    // A cluster waiting for initialization has only what the Marketplace deployment left: its empty managed resource group.
    expect((await resourcesIn(admin, "mrg-contoso-dev")).byType).toEqual({ "Microsoft.Resources/resourceGroups": 1 });
    const gateway = createAzureGateway({ mode: "local", endpoint: emulator.url, pollIntervalMs: 10 });
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const result = await runPreflight(testDb, gateway, owner, (await clusterByName("contoso-dev")).id, {});
    expect(result.checks.find((c) => c.id === "owner")?.status).toBe("done");

    // Every seeded cluster is a managed application of the offer in its subscription (of the
    // connection's tenant), so discovery finds exactly the seeded clusters; the subscription no
    // organisation has connected holds one more.
    const { mendixApplications } = await import("@/server/domain/connections/discovery");
    const { listManagedApplications, readSubscription } = await import("@/server/azure/managed-apps");
    for (const connection of await testDb.azureConnection.findMany({ include: { clusters: true } })) {
      const clients = gateway.clientsFor(connection.subscriptionId);
      expect((await readSubscription(clients))?.tenantId).toBe(connection.tenantId);
      const found = mendixApplications(await listManagedApplications(clients));
      expect(found.map((app) => [app.name, app.managedApplicationId, app.managedResourceGroup, app.region])).toEqual(
        connection.clusters.sort((a, b) => a.name.localeCompare(b.name)).map((c) => [c.name, c.managedApplicationId, c.managedResourceGroup, c.region]),
      );
    }
    const spare = mendixApplications(await listManagedApplications(gateway.clientsFor(DEMO_UNCONNECTED_SUBSCRIPTION.subscriptionId)));
    expect(spare.map((app) => app.name)).toEqual(["contoso-staging"]);
  }, 120_000);
});
