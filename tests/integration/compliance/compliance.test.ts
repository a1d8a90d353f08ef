import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as checkRoute from "@/app/api/v1/clusters/[clusterId]/compliance/check/route";
import * as complianceRoute from "@/app/api/v1/clusters/[clusterId]/compliance/route";
import type { ComplianceReport } from "@/lib/compliance";
import type { Actor } from "@/server/auth/permissions";
import { callRoute } from "../api";
import { actorFor, clusterByName, CONTOSO_SUB, DEMO_USERS, testDb, waitForOperation, type AzureTestEnv } from "../azure/helpers";
import { resetSettingsEnv, startSettingsEnv } from "../settings/helpers";

// The compliance check through its API routes, pg-boss, a real worker and the SDK clients: the
// report follows the emulator's resources when they change.

let env: AzureTestEnv;
beforeAll(async () => {
  env = await startSettingsEnv();
}, 120_000);
afterAll(async () => env?.dispose());
beforeEach(async () => resetSettingsEnv(env));

const check = (actor: Actor, clusterId: string) => callRoute(checkRoute.POST, actor, { method: "POST", url: `/api/v1/clusters/${clusterId}/compliance/check`, params: { clusterId } });
const read = (actor: Actor, clusterId: string) => callRoute(complianceRoute.GET, actor, { url: `/api/v1/clusters/${clusterId}/compliance`, params: { clusterId } });

async function checked(actor: Actor, clusterId: string): Promise<ComplianceReport> {
  const started = await check(actor, clusterId);
  expect(started.status, started.text).toBe(202);
  const operation = await waitForOperation(started.json.operationId);
  expect(operation.status, JSON.stringify(operation.error)).toBe("SUCCEEDED");
  const answer = await read(actor, clusterId);
  expect(answer.status).toBe(200);
  return answer.json.report;
}

const stateOf = (report: ComplianceReport) => Object.fromEntries(report.controls.map((control) => [control.id, control.state]));

describe("compliance", () => {
  it("reads the live state through the SDK and flips when the resources change in Azure", async () => {
    const member = await actorFor(DEMO_USERS.contosoMember);
    const prod = await clusterByName("contoso-prod");
    expect((await read(member, prod.id)).json.report).toBeNull();

    const first = await checked(member, prod.id);
    expect(Object.values(stateOf(first))).toEqual(Array(8).fill("compliant"));
    expect(first.controls.find((c) => c.id === "storage-public-blob-access")!.observed).toEqual(["stcontosoprod: false", "stbkcontosoprod: false"]);
    expect(first.controls.find((c) => c.id === "postgres-secure-transport")!.observed).toEqual(["psql-contoso-prod: on"]);

    // Someone changes the resources in Azure behind the service's back.
    const clients = env.gateway.clientsFor(CONTOSO_SUB);
    const rg = prod.managedResourceGroup;
    await clients.storage.storageAccounts.update(rg, "stbkcontosoprod", { allowBlobPublicAccess: true });
    await clients.postgres.configurations.beginPutAndWait(rg, "psql-contoso-prod", "ssl_min_protocol_version", { value: "TLSv1.1", source: "user-override" }, clients.lro);
    const aks = await clients.containerService.managedClusters.get(rg, "aks-mendix");
    await clients.containerService.managedClusters.beginCreateOrUpdateAndWait(rg, "aks-mendix", { ...aks, disableLocalAccounts: false }, clients.lro);

    const second = await checked(member, prod.id);
    expect(stateOf(second)).toMatchObject({
      "storage-public-blob-access": "non-compliant",
      "postgres-minimum-tls": "non-compliant",
      "aks-local-accounts-disabled": "non-compliant",
      "storage-encryption": "compliant",
      "postgres-secure-transport": "compliant",
      "aks-rbac": "compliant",
      "acr-admin-user-disabled": "compliant",
    });
    expect(second.controls.find((c) => c.id === "storage-public-blob-access")!.observed).toEqual(["stcontosoprod: false", "stbkcontosoprod: true"]);
    expect(Date.parse(second.checkedAt)).toBeGreaterThanOrEqual(Date.parse(first.checkedAt));
    expect(await testDb.auditEvent.count({ where: { targetId: prod.id, action: "cluster.compliance-check", actorEmail: DEMO_USERS.contosoMember } })).toBe(2);
  });

  it("is another organisation's 404, and refused for a cluster that is not initialized", async () => {
    const prod = await clusterByName("contoso-prod");
    expect((await check(await actorFor(DEMO_USERS.fabrikamOwner), prod.id)).status).toBe(404);
    expect((await read(await actorFor(DEMO_USERS.fabrikamOwner), prod.id)).status).toBe(404);
    const dev = await clusterByName("contoso-dev");
    expect((await check(await actorFor(DEMO_USERS.contosoOwner), dev.id)).status).toBe(409);
    expect(await testDb.operation.count({ where: { kind: "cluster.compliance-check" } })).toBe(0);
  });
});
