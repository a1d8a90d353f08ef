import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRestError } from "@azure/core-rest-pipeline";
import { armErrorMessage, isArmConflict, isArmNotFound } from "@/server/azure/client-factory";
import { armFetch, caught, LOCATION, rgId, startTestEmulator, SUB, type TestEmulator } from "./helpers";

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ provisionMs: 20 });
});
afterAll(async () => {
  await t?.dispose();
});

const aksBody = (count = 2) => ({
  location: LOCATION,
  dnsPrefix: "idem",
  agentPoolProfiles: [{ name: "system", mode: "System" as const, vmSize: "Standard_D4s_v5", count }],
});

describe("ARM semantics", () => {
  it("PUT is idempotent: same body twice gives the same resource and no duplicates", async () => {
    const c = t.clients;
    const r1 = await armFetch(t.url, "PUT", `${rgId("rg-idem")}?api-version=2025-04-01`, { location: LOCATION });
    const r2 = await armFetch(t.url, "PUT", `${rgId("rg-idem")}?api-version=2025-04-01`, { location: LOCATION });
    expect([r1.status, r2.status]).toEqual([201, 200]);
    const a = await c.containerService.managedClusters.createOrUpdate("rg-idem", "aks", aksBody(), c.lro);
    const b = await c.containerService.managedClusters.createOrUpdate("rg-idem", "aks", aksBody(), c.lro);
    expect(b.id).toBe(a.id);
    expect(b.identity?.principalId).toBe(a.identity?.principalId);
    expect(b.fqdn).toBe(a.fqdn);
    const clusters: string[] = [];
    for await (const m of c.containerService.managedClusters.listByResourceGroup("rg-idem")) clusters.push(m.name!);
    expect(clusters).toEqual(["aks"]);
    const pools: number[] = [];
    for await (const p of c.containerService.agentPools.list("rg-idem", "aks")) pools.push(p.count!);
    expect(pools).toEqual([2]);
    const groups: string[] = [];
    for await (const g of c.resources.resourceGroups.list()) if (g.name === "rg-idem") groups.push(g.name);
    expect(groups).toEqual(["rg-idem"]);
  });

  it("answers 409 AnotherOperationInProgress while an operation is in flight; identical PUT joins it", async () => {
    await t.admin.setProvisionMs(500);
    try {
      const c = t.clients;
      await c.resources.resourceGroups.createOrUpdate("rg-409", { location: LOCATION });
      const path = `${rgId("rg-409")}/providers/Microsoft.Dashboard/grafana/g1?api-version=2023-09-01`;
      const body = { location: LOCATION, sku: { name: "Standard" }, properties: { publicNetworkAccess: "Enabled" } };
      const first = await armFetch(t.url, "PUT", path, body);
      expect(first.status).toBe(201);
      expect(first.json.properties.provisioningState).toBe("Accepted");
      const asyncOp = first.headers.get("azure-asyncoperation")!;
      expect(asyncOp).toMatch(new RegExp(`^${t.url}/subscriptions/${SUB}/providers/Microsoft.Dashboard/locations/westeurope/operationStatuses/[0-9a-f-]{36}\\?api-version=2023-09-01$`));
      expect(first.headers.get("location")).toContain("/operationResults/");
      const same = await armFetch(t.url, "PUT", path, body);
      expect(same.status).toBe(201);
      expect(same.headers.get("azure-asyncoperation")).toBe(asyncOp);

      const opStatus = await armFetch(t.url, "GET", asyncOp.slice(t.url.length));
      expect(opStatus.json).toMatchObject({ status: "InProgress", name: asyncOp.split("/").pop()!.split("?")[0] });

      const err = await caught(
        c.dashboard.grafana.beginCreateAndWait("rg-409", "g1", { location: LOCATION, properties: { publicNetworkAccess: "Disabled" } }, c.lro),
      );
      expect(isRestError(err)).toBe(true);
      expect(isArmConflict(err)).toBe(true);
      expect(armErrorMessage(err)).toEqual({
        code: "AnotherOperationInProgress",
        message: "Another operation (Create) is in progress on resource 'g1'. Please retry after it completes.",
        status: 409,
      });
      const del = await armFetch(t.url, "DELETE", path);
      expect(del.status).toBe(409);
      expect(del.json).toEqual({
        error: { code: "AnotherOperationInProgress", message: "Another operation (Create) is in progress on resource 'g1'. Please retry after it completes." },
      });
      await expect.poll(async () => (await armFetch(t.url, "GET", asyncOp.slice(t.url.length))).json.status, { interval: 25, timeout: 10_000 }).toBe("Succeeded");
      expect((await c.dashboard.grafana.get("rg-409", "g1")).properties?.provisioningState).toBe("Succeeded");
    } finally {
      await t.admin.setProvisionMs(20);
    }
  });

  it("404s carry the ARM error body and map to clear text", async () => {
    const c = t.clients;
    await c.resources.resourceGroups.createOrUpdate("rg-404", { location: LOCATION });
    const e1 = await caught(c.containerService.managedClusters.get("rg-404", "nope"));
    expect(isArmNotFound(e1)).toBe(true);
    expect(armErrorMessage(e1)).toEqual({
      code: "ResourceNotFound",
      message:
        "The Resource 'Microsoft.ContainerService/managedClusters/nope' under resource group 'rg-404' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix",
      status: 404,
    });
    const e2 = await caught(c.postgres.servers.get("rg-missing", "pg"));
    expect(armErrorMessage(e2)).toEqual({ code: "ResourceGroupNotFound", message: "Resource group 'rg-missing' could not be found.", status: 404 });
    const e3 = await caught(c.containerService.agentPools.createOrUpdate("rg-404", "no-cluster", "p1", { count: 1, vmSize: "Standard_D4s_v5" }, c.lro));
    expect(armErrorMessage(e3)).toEqual({
      code: "ParentResourceNotFound",
      message: "Can not perform requested operation on nested resource. Parent resource 'no-cluster' not found.",
      status: 404,
    });
    const e4 = await caught(c.dashboard.grafana.beginCreateAndWait("rg-missing", "g", { location: LOCATION }, c.lro));
    expect(armErrorMessage(e4).code).toBe("ResourceGroupNotFound");
    expect(await c.resources.resourceGroups.checkExistence("rg-missing")).toEqual({ body: false });

    const raw = await armFetch(t.url, "GET", `${rgId("rg-404")}/providers/Microsoft.Storage/storageAccounts/x?api-version=2024-01-01`);
    expect(raw.status).toBe(404);
    expect(raw.headers.get("x-ms-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(raw.headers.get("x-ms-correlation-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("requires a bearer token and api-version", async () => {
    const noAuth = await armFetch(t.url, "GET", `/subscriptions/${SUB}/resourcegroups?api-version=2025-04-01`, undefined, {});
    expect(noAuth.status).toBe(401);
    expect(noAuth.json).toEqual({ error: { code: "AuthenticationFailed", message: "Authentication failed. The 'Authorization' header is missing." } });
    const noVersion = await armFetch(t.url, "GET", `/subscriptions/${SUB}/resourcegroups`);
    expect(noVersion.status).toBe(400);
    expect(noVersion.json.error.code).toBe("MissingApiVersionParameter");
  });

  it("DELETE of a missing resource answers 204 (no SDK error); DELETE of an existing one 202 + headers, then gone", async () => {
    const c = t.clients;
    await c.resources.resourceGroups.createOrUpdate("rg-del", { location: LOCATION });
    await expect(c.containerService.managedClusters.delete("rg-del", "ghost", c.lro)).resolves.toBeUndefined();
    const raw = await armFetch(t.url, "DELETE", `${rgId("rg-del")}/providers/Microsoft.ContainerService/managedClusters/ghost?api-version=2025-01-01`);
    expect(raw.status).toBe(204);
    await c.containerService.managedClusters.createOrUpdate("rg-del", "aks", aksBody(1), c.lro);
    const del = await armFetch(t.url, "DELETE", `${rgId("rg-del")}/providers/Microsoft.ContainerService/managedClusters/aks?api-version=2025-01-01`);
    expect(del.status).toBe(202);
    expect(del.headers.get("azure-asyncoperation")).toContain("/operationStatuses/");
    expect(del.headers.get("location")).toContain("/operationResults/");
    await expect.poll(async () => isArmNotFound(await caught(c.containerService.managedClusters.get("rg-del", "aks"))), { interval: 10, timeout: 10_000 }).toBe(true);
    expect(isArmNotFound(await caught(c.containerService.agentPools.get("rg-del", "aks", "system")))).toBe(true);
  });

  it("deleting a resource group deletes everything inside (LRO)", async () => {
    const c = t.clients;
    await c.resources.resourceGroups.createOrUpdate("rg-gone", { location: LOCATION });
    await c.storage.storageAccounts.create("rg-gone", "gonesa", { location: LOCATION, kind: "StorageV2", sku: { name: "Standard_LRS" } }, c.lro);
    await c.resources.resourceGroups.beginDeleteAndWait("rg-gone", c.lro);
    expect(await c.resources.resourceGroups.checkExistence("rg-gone")).toEqual({ body: false });
    expect((await t.admin.resources("Microsoft.Storage/storageAccounts")).resources.filter((r) => r.id.includes("rg-gone"))).toEqual([]);
  });

  it("managed application delete removes its managed resource group and everything in it", async () => {
    const c = t.clients;
    await c.resources.resourceGroups.createOrUpdate("rg-customer", { location: LOCATION });
    const mrgId = rgId("mrg-mendix-1");
    const app = await c.applications.applications.beginCreateOrUpdateAndWait(
      "rg-customer",
      "mendix-1",
      { location: LOCATION, kind: "MarketPlace", managedResourceGroupId: mrgId, parameters: { clusterName: { value: "c1" } } },
      c.lro,
    );
    expect(app.provisioningState).toBe("Succeeded");
    expect(app.managedResourceGroupId).toBe(mrgId);
    const mrg = await c.resources.resourceGroups.get("mrg-mendix-1");
    expect(mrg.managedBy).toBe(app.id);
    await c.containerService.managedClusters.createOrUpdate("mrg-mendix-1", "aks", aksBody(1), c.lro);
    await c.postgres.servers.beginCreateOrUpdateAndWait("mrg-mendix-1", "pg", { location: LOCATION, administratorLogin: "a", administratorLoginPassword: "b" }, c.lro);

    await c.applications.applications.beginDeleteAndWait("rg-customer", "mendix-1", c.lro);
    expect(await c.resources.resourceGroups.checkExistence("mrg-mendix-1")).toEqual({ body: false });
    expect(armErrorMessage(await caught(c.containerService.managedClusters.get("mrg-mendix-1", "aks"))).code).toBe("ResourceGroupNotFound");
    expect((await t.admin.resources()).resources.filter((r) => r.id.toLowerCase().includes("mrg-mendix-1"))).toEqual([]);
    expect(await c.resources.resourceGroups.checkExistence("rg-customer")).toEqual({ body: true });
    // The managed-applications SDK models 404 on GET as a non-error empty answer.
    expect((await c.applications.applications.get("rg-customer", "mendix-1"))?.id).toBeUndefined();
  });

  it("lists managed applications by subscription and by resource group and gets one, with plan and managed resource group", async () => {
    const c = t.clients;
    const plan = { publisher: "mendix", product: "mendix-on-azure", name: "mendix-on-azure-cluster", version: "1.0.0" };
    for (const [rg, name] of [["rg-apps-a", "app-1"], ["rg-apps-a", "app-2"], ["rg-apps-b", "app-3"]]) {
      await c.resources.resourceGroups.createOrUpdate(rg, { location: LOCATION });
      await c.applications.applications.beginCreateOrUpdateAndWait(rg, name, { location: LOCATION, kind: "MarketPlace", plan, managedResourceGroupId: rgId(`mrg-${name}`) }, c.lro);
    }
    const bySubscription = [];
    for await (const app of c.applications.applications.listBySubscription()) bySubscription.push(app);
    expect(bySubscription.map((a) => a.name).sort()).toEqual(expect.arrayContaining(["app-1", "app-2", "app-3"]));
    const byGroup = [];
    for await (const app of c.applications.applications.listByResourceGroup("rg-apps-a")) byGroup.push(app);
    expect(byGroup.map((a) => [a.name, a.managedResourceGroupId, a.plan?.product, a.provisioningState]).sort()).toEqual([
      ["app-1", rgId("mrg-app-1"), "mendix-on-azure", "Succeeded"],
      ["app-2", rgId("mrg-app-2"), "mendix-on-azure", "Succeeded"],
    ]);
    const one = await c.applications.applications.get("rg-apps-b", "app-3");
    expect([one.id, one.kind, one.location, one.plan]).toEqual([`/subscriptions/${SUB}/resourceGroups/rg-apps-b/providers/Microsoft.Solutions/applications/app-3`, "MarketPlace", LOCATION, plan]);
    const empty = [];
    for await (const app of c.applications.applications.listByResourceGroup("rg-apps-b")) if (app.name !== "app-3") empty.push(app);
    expect(empty).toEqual([]);
  });

  it("validates inputs like ARM (location, subnet ranges, autoscale bounds)", async () => {
    const c = t.clients;
    await c.resources.resourceGroups.createOrUpdate("rg-val", { location: LOCATION });
    await c.network.virtualNetworks.createOrUpdate("rg-val", "v", { location: LOCATION, addressSpace: { addressPrefixes: ["10.1.0.0/16"] } }, c.lro);
    const e1 = await caught(c.network.subnets.createOrUpdate("rg-val", "v", "s", { addressPrefix: "10.2.0.0/24" }, c.lro));
    expect(armErrorMessage(e1)).toMatchObject({ code: "NetcfgSubnetRangeOutsideVnet", status: 400 });
    await c.network.subnets.createOrUpdate("rg-val", "v", "a", { addressPrefix: "10.1.0.0/24" }, c.lro);
    const e2 = await caught(c.network.subnets.createOrUpdate("rg-val", "v", "b", { addressPrefix: "10.1.0.128/25" }, c.lro));
    expect(armErrorMessage(e2).code).toBe("NetcfgSubnetRangesOverlap");
    const e3 = await caught(
      c.containerService.managedClusters.createOrUpdate(
        "rg-val",
        "k",
        { location: LOCATION, agentPoolProfiles: [{ name: "s", count: 1, enableAutoScaling: true, minCount: 2, maxCount: 3 }] },
        c.lro,
      ),
    );
    expect(armErrorMessage(e3)).toEqual({ code: "InvalidParameter", message: "count (1) must be between minCount (2) and maxCount (3).", status: 400 });
    const e4 = await caught(c.dashboard.grafana.beginCreateAndWait("rg-val", "g", {}, c.lro));
    expect(armErrorMessage(e4)).toEqual({ code: "LocationRequired", message: "The location property is required for this definition.", status: 400 });
  });
});
