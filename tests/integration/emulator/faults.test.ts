import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { armErrorMessage, createAzureClients } from "@/server/azure/client-factory";
import { armFetch, caught, LOCATION, rgId, startTestEmulator, SUB, type TestEmulator } from "./helpers";

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ provisionMs: 10 });
  await t.clients.resources.resourceGroups.createOrUpdate("rg-f", { location: LOCATION });
});
afterAll(async () => {
  await t?.dispose();
});
beforeEach(async () => {
  await t.admin.clearFaults();
  await t.admin.resetRequests();
});

describe("fault injection", () => {
  it("provisioning failure surfaces the ARM code and message through the poller, N times only", async () => {
    const c = t.clients;
    await t.admin.addFault({
      kind: "provisioningFailure",
      resourceType: "Microsoft.DBforPostgreSQL/flexibleServers",
      code: "ServerProvisioningFailed",
      message: "Quota exceeded for PostgreSQL vCores in westeurope.",
      times: 1,
    });
    const body = { location: LOCATION, administratorLogin: "mx", administratorLoginPassword: "pw", sku: { name: "Standard_D2ds_v5", tier: "GeneralPurpose" as const } };
    const err = await caught(c.postgres.servers.beginCreateOrUpdateAndWait("rg-f", "pgfail", body, c.lro));
    expect(armErrorMessage(err)).toEqual({ code: "ServerProvisioningFailed", message: "Quota exceeded for PostgreSQL vCores in westeurope." });
    expect((await c.postgres.servers.get("rg-f", "pgfail")).state).toBe("Disabled");
    const ok = await c.postgres.servers.beginCreateOrUpdateAndWait("rg-f", "pgfail", body, c.lro);
    expect(ok.state).toBe("Ready");
    // also through a modular (TypeSpec) client
    await t.admin.addFault({ kind: "provisioningFailure", resourceType: "Microsoft.ContainerService/managedClusters", code: "QuotaExceeded", message: "No cores left.", times: 1 });
    const e2 = await caught(
      c.containerService.managedClusters.createOrUpdate("rg-f", "aksfail", { location: LOCATION, agentPoolProfiles: [{ name: "s", count: 1 }] }, c.lro),
    );
    expect(armErrorMessage(e2)).toEqual({ code: "QuotaExceeded", message: "No cores left." });
  });

  it("429 with Retry-After is retried by the SDK", async () => {
    await t.admin.addFault({ kind: "throttle", resourceType: "Microsoft.Resources/resourceGroups", method: "GET", retryAfterSeconds: 1, times: 2 });
    // The answer carries the wait the SDK is to honour…
    const raw = await armFetch(t.url, "GET", `${rgId("rg-f")}?api-version=2021-04-01`);
    expect(raw.status).toBe(429);
    expect(raw.headers.get("retry-after")).toBe("1");
    // …and the SDK retries once after it and succeeds.
    const rg = await t.clients.resources.resourceGroups.get("rg-f");
    expect(rg.name).toBe("rg-f");
    expect((await t.admin.requests()).counts["GET Microsoft.Resources/resourceGroups"]).toBe(3);
    expect((await t.admin.listFaults()).map((f) => [f.kind, f.fired])).toEqual([["throttle", 2]]);
  });

  it("429 without Retry-After is retried by our backoff policy and succeeds", async () => {
    await t.admin.addFault({ kind: "throttle", resourceType: "Microsoft.Resources/resourceGroups", method: "GET", times: 3 });
    const rg = await t.clients.resources.resourceGroups.get("rg-f");
    expect(rg.name).toBe("rg-f");
    expect((await t.admin.requests()).counts["GET Microsoft.Resources/resourceGroups"]).toBe(4);
    // with retries exhausted the 429 surfaces as an ARM error
    await t.admin.addFault({ kind: "throttle", resourceType: "Microsoft.Resources/resourceGroups", method: "GET", times: 10 });
    const tight = createAzureClients({ mode: "local", endpoint: t.url, subscriptionId: SUB, retry: { baseDelayMs: 1, maxRetries: 2 } });
    const err = await caught(tight.resources.resourceGroups.get("rg-f"));
    expect(armErrorMessage(err)).toMatchObject({ code: "TooManyRequests", status: 429 });
  });

  it("500s are retried by the SDK's default policy (also on a modular client)", async () => {
    await t.admin.addFault({ kind: "serverError", resourceType: "Microsoft.Resources/resourceGroups", times: 2 });
    expect((await t.clients.resources.resourceGroups.get("rg-f")).name).toBe("rg-f");
    expect((await t.admin.requests()).counts["GET Microsoft.Resources/resourceGroups"]).toBe(3);
    await t.admin.addFault({ kind: "serverError", status: 503, resourceType: "Microsoft.Compute/skus", times: 1 });
    const skus: string[] = [];
    for await (const s of t.clients.compute.resourceSkus.list({ filter: "location eq 'westeurope'" })) skus.push(s.name!);
    expect(skus.length).toBeGreaterThan(3);
    expect((await t.admin.requests()).counts["GET Microsoft.Compute/skus"]).toBe(2);
    const faults = await t.admin.listFaults();
    expect(faults.map((f) => [f.kind, f.fired])).toEqual([
      ["serverError", 2],
      ["serverError", 1],
    ]);
  });

  it("adds latency to matching requests", async () => {
    await t.admin.addFault({ kind: "latency", ms: 250, pathContains: "/resourceGroups/rg-f" });
    const timers = vi.spyOn(globalThis, "setTimeout");
    try {
      await t.clients.resources.resourceGroups.get("rg-f");
      // The emulator held the matching request for the fault's 250 ms.
      expect(timers.mock.calls.map(([, ms]) => ms)).toContain(250);
      expect((await t.admin.listFaults()).map((f) => [f.kind, f.fired])).toEqual([["latency", 1]]);
      await t.admin.clearFaults();
      timers.mockClear();
      await t.clients.resources.resourceGroups.get("rg-f");
      expect(timers.mock.calls.map(([, ms]) => ms)).not.toContain(250);
    } finally {
      timers.mockRestore();
    }
  });

  it("drift changes a resource behind the portal's back, visible on the next GET", async () => {
    const c = t.clients;
    const aks = await c.containerService.managedClusters.createOrUpdate(
      "rg-f",
      "aksdrift",
      { location: LOCATION, agentPoolProfiles: [{ name: "system", count: 3, vmSize: "Standard_D4s_v5" }] },
      c.lro,
    );
    await t.admin.drift(`${aks.id}/agentPools/system`, { properties: { count: 7 } });
    expect((await c.containerService.agentPools.get("rg-f", "aksdrift", "system")).count).toBe(7);
    expect((await c.containerService.managedClusters.get("rg-f", "aksdrift")).agentPoolProfiles?.[0].count).toBe(7);
    const g = await c.dashboard.grafana.beginCreateAndWait("rg-f", "gdrift", { location: LOCATION, properties: { publicNetworkAccess: "Disabled" } }, c.lro);
    await t.admin.drift(g.id!, { properties: { publicNetworkAccess: "Enabled" } });
    expect((await c.dashboard.grafana.get("rg-f", "gdrift")).properties?.publicNetworkAccess).toBe("Enabled");
    await t.admin.driftDelete(g.id!);
    expect(armErrorMessage(await caught(c.dashboard.grafana.get("rg-f", "gdrift"))).code).toBe("ResourceNotFound");
  });

  it("throttled or failing LRO polls are retried and the operation still completes", async () => {
    const c = t.clients;
    await t.admin.addFaults([
      { kind: "throttle", resourceType: "operationStatuses", times: 1 },
      { kind: "serverError", resourceType: "operationStatuses", times: 1 },
    ]);
    const ws = await c.operationalInsights.workspaces.createOrUpdate("rg-f", "lawpoll", { location: LOCATION }, c.lro);
    expect(ws.provisioningState).toBe("Succeeded");
    expect((await t.admin.requests()).counts["GET operationStatuses"]).toBe(3);
    expect((await t.admin.listFaults()).map((f) => f.fired)).toEqual([1, 1]);
    await t.admin.clearFaults();
    expect(await t.admin.listFaults()).toEqual([]);
  });

  it("takes fault rules from start-up configuration", async () => {
    const other = await startTestEmulator({
      provisionMs: 0,
      faults: [{ kind: "serverError", status: 500, resourceType: "Microsoft.Resources/resourceGroups", method: "PUT", times: 10 }],
    });
    try {
      const tight = createAzureClients({ mode: "local", endpoint: other.url, subscriptionId: SUB, retry: { baseDelayMs: 1, maxDelayMs: 2, maxRetries: 1 } });
      const err = await caught(tight.resources.resourceGroups.createOrUpdate("rg-x", { location: LOCATION }));
      expect(armErrorMessage(err)).toMatchObject({ code: "InternalServerError", status: 500 });
      expect((await other.admin.listFaults())[0]).toMatchObject({ kind: "serverError", fired: 2 });
    } finally {
      await other.dispose();
    }
  });

  it("counts ARM requests per method and type", async () => {
    const c = t.clients;
    await c.storage.storageAccounts.create("rg-f", "countsa", { location: LOCATION, kind: "StorageV2", sku: { name: "Standard_LRS" } }, c.lro);
    const counts = await t.admin.requests();
    expect(counts.counts["PUT Microsoft.Storage/storageAccounts"]).toBe(1);
    expect(counts.total).toBe(Object.values(counts.counts).reduce((a, b) => a + b, 0));
  });
});
