import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { armErrorMessage } from "@/server/azure/client-factory";
import { OWNER_ROLE_ID, READER_ROLE_ID } from "@/emulator/types";
import { caught, LOCATION, rgId, startTestEmulator, SUB, type TestEmulator } from "./helpers";

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ provisionMs: 20 });
});
afterAll(async () => {
  await t?.dispose();
});

async function skusIn(location: string) {
  const out: Array<{ name: string; locations: string[]; restrictions: string[] }> = [];
  for await (const s of t.clients.compute.resourceSkus.list({ filter: `location eq '${location}'` }))
    out.push({ name: s.name!, locations: s.locations ?? [], restrictions: (s.restrictions ?? []).map((r) => `${r.type}:${r.reasonCode}:${r.values?.join(",")}`) });
  return out;
}

describe("subscription-level APIs", () => {
  it("lists compute SKUs filtered by location, with sizes missing or restricted in some regions", async () => {
    const we = await skusIn("westeurope");
    expect(we.map((s) => s.name)).toEqual([
      "Standard_B2s",
      "Standard_D2s_v5",
      "Standard_D4s_v5",
      "Standard_D8s_v5",
      "Standard_D16s_v5",
      "Standard_E4s_v5",
      "Standard_E8s_v5",
    ]);
    expect(we.every((s) => s.locations.length === 1 && s.locations[0] === "westeurope" && s.restrictions.length === 0)).toBe(true);
    const gwc = await skusIn("germanywestcentral");
    expect(gwc.map((s) => s.name)).not.toContain("Standard_E4s_v5");
    const uk = await skusIn("uksouth");
    expect(uk.find((s) => s.name === "Standard_D8s_v5")?.restrictions).toEqual(["Location:NotAvailableForSubscription:uksouth"]);
    expect(uk.find((s) => s.name === "Standard_D4s_v5")?.restrictions).toEqual([]);
    // AKS refuses a restricted size in that region
    await t.clients.resources.resourceGroups.createOrUpdate("rg-uk", { location: "uksouth" });
    const err = await caught(
      t.clients.containerService.managedClusters.createOrUpdate(
        "rg-uk",
        "k",
        { location: "uksouth", agentPoolProfiles: [{ name: "s", count: 1, vmSize: "Standard_D8s_v5" }] },
        t.clients.lro,
      ),
    );
    expect(armErrorMessage(err)).toEqual({
      code: "VMSizeNotSupported",
      message: "The VM size of Standard_D8s_v5 is not allowed in your subscription in location 'uksouth'.",
      status: 400,
    });
  });

  it("lists role assignments for a principal (Owner or not), at scope and inherited", async () => {
    const owner = "aaaaaaaa-0000-0000-0000-000000000001";
    const reader = "aaaaaaaa-0000-0000-0000-000000000002";
    await t.admin.setRoleAssignments([
      { principalId: owner, roleDefinitionId: OWNER_ROLE_ID, scope: `/subscriptions/${SUB}` },
      { principalId: reader, roleDefinitionId: READER_ROLE_ID, scope: rgId("rg-roles"), principalType: "ServicePrincipal" },
    ]);
    const list = async (principal: string) => {
      const out: string[] = [];
      for await (const a of t.clients.authorization.roleAssignments.listForSubscription({ filter: `principalId eq '${principal}'` }))
        out.push(`${a.roleDefinitionId}@${a.scope}`);
      return out;
    };
    expect(await list(owner)).toEqual([`/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${OWNER_ROLE_ID}@/subscriptions/${SUB}`]);
    expect(await list(reader)).toEqual([`/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${READER_ROLE_ID}@${rgId("rg-roles")}`]);
    expect(await list("aaaaaaaa-0000-0000-0000-00000000ffff")).toEqual([]);
    // atScope() at the subscription: only the owner's assignment (the reader's is below)
    const atSub: string[] = [];
    for await (const a of t.clients.authorization.roleAssignments.listForScope(`/subscriptions/${SUB}`, { filter: "atScope()" })) atSub.push(a.principalId!);
    expect(atSub).toEqual([owner]);
    // at the resource group, the inherited owner assignment is visible
    const atRg: string[] = [];
    for await (const a of t.clients.authorization.roleAssignments.listForScope(rgId("rg-roles"), { filter: "atScope()" })) atRg.push(a.principalId!);
    expect(atRg.sort()).toEqual([owner, reader].sort());
    await t.admin.setRoleAssignments([]);
    expect(await list(owner)).toEqual([]);
  });

  it("registers resource providers; PUTs into an unregistered namespace fail like ARM", async () => {
    const c = t.clients;
    await t.admin.setProviderState("Microsoft.Dashboard", "NotRegistered", SUB);
    expect((await c.resources.providers.get("Microsoft.Dashboard")).registrationState).toBe("NotRegistered");
    expect((await c.resources.providers.get("Microsoft.ContainerService")).registrationState).toBe("Registered");
    await c.resources.resourceGroups.createOrUpdate("rg-prov", { location: LOCATION });
    const err = await caught(c.dashboard.grafana.beginCreateAndWait("rg-prov", "g", { location: LOCATION }, c.lro));
    expect(armErrorMessage(err)).toEqual({
      code: "MissingSubscriptionRegistration",
      message: "The subscription is not registered to use namespace 'Microsoft.Dashboard'. See https://aka.ms/rps-not-found for how to register subscriptions.",
      status: 409,
    });
    const reg = await c.resources.providers.register("Microsoft.Dashboard");
    expect(reg.registrationState).toBe("Registering");
    await expect.poll(async () => (await c.resources.providers.get("Microsoft.Dashboard")).registrationState, { interval: 10, timeout: 10_000 }).toBe("Registered");
    const g = await c.dashboard.grafana.beginCreateAndWait("rg-prov", "g", { location: LOCATION }, c.lro);
    expect(g.properties?.provisioningState).toBe("Succeeded");
    const all: string[] = [];
    for await (const p of c.resources.providers.list()) all.push(p.namespace!);
    expect(all).toEqual(expect.arrayContaining(["Microsoft.ContainerService", "Microsoft.DBforPostgreSQL", "Microsoft.Monitor", "Microsoft.Solutions"]));
  });

  it("gets and lists subscriptions and locations", async () => {
    const s = await t.clients.subscriptions.subscriptions.get(SUB);
    expect(s.state).toBe("Enabled");
    expect(s.subscriptionId).toBe(SUB);
    const subs: string[] = [];
    for await (const x of t.clients.subscriptions.subscriptions.list()) subs.push(x.subscriptionId!);
    expect(subs).toContain(SUB);
    const locs: string[] = [];
    for await (const l of t.clients.subscriptions.subscriptions.listLocations(SUB)) locs.push(l.name!);
    expect(locs).toContain("westeurope");
    await t.admin.setSubscription({ subscriptionId: SUB, state: "Disabled" });
    const err = await caught(t.clients.resources.resourceGroups.createOrUpdate("rg-dis", { location: LOCATION }));
    expect(armErrorMessage(err).code).toBe("ReadOnlyDisabledSubscription");
    await t.admin.setSubscription({ subscriptionId: SUB, state: "Enabled" });
  });
});

describe("persistence", () => {
  it("state survives a restart; in-flight operations complete afterwards", async () => {
    const c = t.clients;
    await c.resources.resourceGroups.createOrUpdate("rg-persist", { location: LOCATION, tags: { a: "1" } });
    const aks = await c.containerService.managedClusters.createOrUpdate(
      "rg-persist",
      "aks",
      { location: LOCATION, agentPoolProfiles: [{ name: "system", count: 2, vmSize: "Standard_D4s_v5" }] },
      c.lro,
    );
    await t.admin.setProvisionMs(400);
    const poller = await c.dashboard.grafana.beginCreate("rg-persist", "g-inflight", { location: LOCATION }, c.lro);
    expect(poller.getOperationState().status).toBe("running");
    await t.restart({ provisionMs: 20 });
    const c2 = t.clients;
    expect((await c2.resources.resourceGroups.get("rg-persist")).tags).toEqual({ a: "1" });
    const aks2 = await c2.containerService.managedClusters.get("rg-persist", "aks");
    expect(aks2.id).toBe(aks.id);
    expect(aks2.identity?.principalId ?? null).toBe(aks.identity?.principalId ?? null);
    expect(aks2.agentPoolProfiles?.map((p) => [p.name, p.count])).toEqual([["system", 2]]);
    const g = await c2.dashboard.grafana.get("rg-persist", "g-inflight");
    expect(["Accepted", "Creating"]).toContain(g.properties?.provisioningState);
    await expect.poll(async () => (await c2.dashboard.grafana.get("rg-persist", "g-inflight")).properties?.provisioningState, { interval: 25, timeout: 10_000 }).toBe("Succeeded");
  });
});
