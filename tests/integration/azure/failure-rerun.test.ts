import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { initializeCluster } from "@/server/domain/clusters/initialize-cluster";
import { rerunInitialization } from "@/server/domain/clusters/rerun-initialization";
import { actorFor, clusterByName, clusterState, DEMO_USERS, resetAll, resourcesIn, startAzureTestEnv, testDb, waitForOperation, type AzureTestEnv } from "./helpers";

// A provisioning failure leaves the cluster Failed with the failing component's ARM error; Rerun
// continues without recreating what exists; a failed rerun opens a support ticket by itself.

let env: AzureTestEnv;
beforeAll(async () => {
  env = await startAzureTestEnv();
});
afterAll(async () => env?.dispose());
beforeEach(async () => resetAll(env));

const AKS = "Microsoft.ContainerService/managedClusters";

async function initializeDevWithFailingAks() {
  const owner = await actorFor(DEMO_USERS.contosoOwner);
  const cluster = await clusterByName("contoso-dev");
  await env.admin.addFault({ kind: "provisioningFailure", resourceType: AKS, code: "QuotaExceeded", message: "Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota.", times: 1 });
  const operation = await initializeCluster(testDb, env.boss, env.gateway, owner, cluster.id, { tags: { team: "data" } });
  const finished = await waitForOperation(operation.id);
  return { owner, cluster, finished };
}

describe("failure, rerun and the automatic ticket", () => {
  it("fails with the component's ARM error, then Rerun finishes without duplicates", async () => {
    const { owner, cluster, finished } = await initializeDevWithFailingAks();
    expect(finished.status).toBe("FAILED");
    expect(finished.error).toMatchObject({ code: "QuotaExceeded" });
    const steps = finished.steps as { name: string; status: string; detail?: string }[];
    expect(steps.find((s) => s.name === "Kubernetes service")).toMatchObject({ status: "failed" });
    expect(steps.find((s) => s.name === "Kubernetes service")?.detail).toContain("QuotaExceeded");
    expect(steps.find((s) => s.name === "Managed Grafana")?.status).toBe("pending");

    const failed = await clusterState("contoso-dev");
    expect(failed.status).toBe("FAILED");
    expect(failed.lastError).toMatchObject({ code: "QuotaExceeded" });
    const byKind = Object.fromEntries(failed.components.map((c) => [c.kind, c]));
    expect(byKind.AKS.state).toBe("FAILED");
    expect(byKind.AKS.lastError).toEqual({ code: "QuotaExceeded", message: "Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota." });
    expect(byKind.POSTGRES.state).toBe("SUCCEEDED");
    expect(byKind.GRAFANA.state).toBe("PENDING");
    expect(byKind.OPERATOR.state).toBe("PENDING");

    // Never start initialization again on a Failed cluster: only Rerun.
    await expect(initializeCluster(testDb, env.boss, env.gateway, owner, cluster.id, {})).rejects.toMatchObject({ code: "conflict" });

    const before = await resourcesIn(env.admin, "mrg-contoso-dev");
    await env.admin.resetRequests();
    const rerun = await rerunInitialization(testDb, env.boss, owner, cluster.id);
    expect((await waitForOperation(rerun.id)).status).toBe("SUCCEEDED");
    const after = await clusterState("contoso-dev");
    expect(after.status).toBe("INITIALIZED");
    expect(after.rerunCount).toBe(1);
    expect(after.actualSettings).toMatchObject({ tags: { team: "data" } });
    expect(after.components.every((c) => c.state === "SUCCEEDED")).toBe(true);

    // What existed was read, not created again; only AKS (failed) and what came after it were PUT.
    const counts = (await env.admin.requests()).counts;
    const puts = Object.keys(counts).filter((key) => key.startsWith("PUT")).sort();
    expect(puts).toEqual(["PUT Microsoft.AlertsManagement/prometheusRuleGroups", `PUT ${AKS}`, `PUT ${AKS}/maintenanceConfigurations`, "PUT Microsoft.Dashboard/grafana"].sort());
    const now = await resourcesIn(env.admin, "mrg-contoso-dev");
    for (const [type, count] of Object.entries(before.byType)) expect(now.byType[type], type).toBe(count);
    expect(now.byType["Microsoft.Dashboard/grafana"]).toBe(1);
    expect(await testDb.ticket.count({ where: { clusterId: cluster.id } })).toBe(0);
  });

  it("a failed rerun opens a High ticket with the recent logs", async () => {
    const { owner, cluster } = await initializeDevWithFailingAks();
    await env.admin.addFault({ kind: "provisioningFailure", resourceType: AKS, code: "QuotaExceeded", message: "Still no cores left.", times: 1 });
    const rerun = await rerunInitialization(testDb, env.boss, owner, cluster.id);
    expect((await waitForOperation(rerun.id)).status).toBe("FAILED");
    const after = await clusterState("contoso-dev");
    expect(after.status).toBe("FAILED");
    expect(after.rerunCount).toBe(1);

    const tickets = await testDb.ticket.findMany({ where: { clusterId: cluster.id } });
    expect(tickets).toHaveLength(1);
    const [ticket] = tickets;
    expect(ticket).toMatchObject({ severity: "HIGH", createdBySystem: true, status: "OPEN" });
    expect(ticket.subject).toContain("contoso-dev");
    expect(ticket.description).toContain("Kubernetes service: QuotaExceeded Still no cores left.");
    const logs = ticket.logs as { operations: { kind: string; status: string; steps: { name: string; status: string }[] }[]; failedComponents: { kind: string; error: { code: string } }[] };
    // Newest first: the rerun (its failed step recorded as the ticket was opened), then the first attempt.
    const initOps = logs.operations.filter((o) => o.kind === "cluster.initialize");
    expect(initOps).toHaveLength(2);
    expect(initOps[0].steps.find((s) => s.name === "Kubernetes service")?.status).toBe("failed");
    expect(initOps[1].status).toBe("FAILED");
    expect(logs.failedComponents).toEqual([expect.objectContaining({ kind: "AKS", error: expect.objectContaining({ code: "QuotaExceeded" }) })]);
    expect(JSON.stringify(logs)).not.toMatch(/password|secret/i);

    // Rerun once more after the quota was raised: Initialized, still one ticket.
    const third = await rerunInitialization(testDb, env.boss, owner, cluster.id);
    expect((await waitForOperation(third.id)).status).toBe("SUCCEEDED");
    expect((await clusterState("contoso-dev")).rerunCount).toBe(2);
    expect(await testDb.ticket.count({ where: { clusterId: cluster.id } })).toBe(1);
  });

  it("survives 429 (with and without Retry-After), 500s and 409 AnotherOperationInProgress", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-dev");
    await env.admin.addFaults([
      { kind: "throttle", method: "PUT", resourceType: "Microsoft.Network/virtualNetworks", times: 2 },
      { kind: "throttle", method: "GET", resourceType: "Microsoft.Storage/storageAccounts", retryAfterMs: 200, times: 1 },
      { kind: "serverError", status: 500, method: "PUT", resourceType: "Microsoft.ContainerRegistry/registries", times: 2 },
      { kind: "serverError", status: 503, method: "GET", resourceType: "operationStatuses", times: 2 },
      { kind: "serverError", status: 409, code: "AnotherOperationInProgress", message: "Another operation is in progress.", method: "PUT", resourceType: AKS, times: 2 },
    ]);
    const operation = await initializeCluster(testDb, env.boss, env.gateway, owner, cluster.id, {});
    const finished = await waitForOperation(operation.id);
    expect(finished.status, JSON.stringify(finished.error)).toBe("SUCCEEDED");
    expect((await env.admin.listFaults()).every((f) => f.fired === f.times)).toBe(true);
    const now = await resourcesIn(env.admin, "mrg-contoso-dev");
    expect(now.byType[AKS]).toBe(1);
    expect(now.byType["Microsoft.Network/virtualNetworks"]).toBe(1);
    expect((await clusterState("contoso-dev")).status).toBe("INITIALIZED");
  });
});
