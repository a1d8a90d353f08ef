import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmulatorAdminClient } from "@/emulator/admin-client";
import { startEmulator } from "@/emulator/server";
import { runPreflight } from "@/server/domain/clusters/run-preflight";
import { createAzureGateway } from "@/server/azure/gateway";
import { provisionDemoAzure } from "@/scripts/lib/demo-azure";
import { actorFor, clusterByName, resetWithDemo, testDb } from "../db";
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
    expect((await resourcesIn(admin, "mrg-contoso-prod")).total).toBe(19); // with the backups' storage account, the maintenance window and the server's two TLS parameters
    expect((await resourcesIn(admin, "mrg-fabrikam-main")).total).toBe(19);
    const failed = await resourcesIn(admin, "mrg-contoso-analytics");
    expect(failed.byType["Microsoft.ContainerService/managedClusters"]).toBeUndefined();
    expect(failed.byType["Microsoft.DBforPostgreSQL/flexibleServers"]).toBe(1);
    expect((await resourcesIn(admin, "mrg-contoso-dev")).total).toBe(0);
    const gateway = createAzureGateway({ mode: "local", endpoint: emulator.url, pollIntervalMs: 10 });
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const result = await runPreflight(testDb, gateway, owner, (await clusterByName("contoso-dev")).id, {});
    expect(result.checks.find((c) => c.id === "owner")?.status).toBe("done");
  }, 120_000);
});
