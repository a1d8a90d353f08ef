import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAzureGateway } from "@/server/azure/gateway";
import { createKubernetesGateway, KubeFailure, type MendixApps } from "@/server/kubernetes/client";
import { isSettled, mendixAppBody, settledState, type MendixAppObject } from "@/server/kubernetes/mendix-app";
import { caught, LOCATION, startTestEmulator, SUB, type TestEmulator } from "../emulator/helpers";

// The emulator's Kubernetes API and operator loop, reached exactly as the portal reaches AKS:
// listClusterUserCredentials through the Azure SDK, then @kubernetes/client-node.

const RG = "mrg-kube-test";
const AKS = "aks-kube-test";
const NS = "kube-test-apps";
let emu: TestEmulator;

async function kubeAdmin(path: string, body: unknown) {
  const res = await fetch(`${emu.url}/_emulator${path}`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  expect(res.status).toBe(200);
}

function apps(): MendixApps {
  const gateway = createKubernetesGateway(createAzureGateway({ mode: "local", endpoint: emu.url, pollIntervalMs: 10 }));
  return gateway.apps({ subscriptionId: SUB, resourceGroup: RG, aksName: AKS });
}

async function settledApp(k: MendixApps, name: string): Promise<MendixAppObject> {
  for (let i = 0; i < 500; i++) {
    const app = await k.get(NS, name);
    if (app && isSettled(app)) return app;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${name} never settled`);
}

const body = (name: string, replicas: number, withSource = true) =>
  mendixAppBody({
    environmentId: "00000000-0000-4000-8000-000000000001",
    name,
    plan: "MEDIUM",
    replicas,
    appHost: `${name}.apps.example`,
    databaseName: `env_${name.replace(/-/g, "_")}`,
    filesContainer: `env-${name}`,
    source: withSource ? { url: "http://127.0.0.1:1/packages/app.mda", modelVersion: "1.0.0", runtimeVersion: "10.24.3.1" } : null,
  });

beforeAll(async () => {
  emu = await startTestEmulator({ kubernetesOperatorMs: 40 });
  const clients = emu.clients;
  await clients.resources.resourceGroups.createOrUpdate(RG, { location: LOCATION });
  await clients.containerService.managedClusters.beginCreateOrUpdateAndWait(
    RG,
    AKS,
    { location: LOCATION, dnsPrefix: AKS, agentPoolProfiles: [{ name: "system", count: 1, vmSize: "Standard_D2s_v5", mode: "System" }] },
    clients.lro,
  );
});

afterAll(async () => {
  await emu?.dispose();
});

describe("Kubernetes API of the emulated AKS", () => {
  it("serves the kubeconfig of the cluster user and refuses other tokens", async () => {
    const result = await emu.clients.containerService.managedClusters.listClusterUserCredentials(RG, AKS);
    const config = JSON.parse(Buffer.from(result.kubeconfigs![0].value!).toString("utf8"));
    const server: string = config.clusters[0].cluster.server;
    expect(server.startsWith(emu.url + "/kubernetes/")).toBe(true);
    const ok = await fetch(`${server}/api/v1/namespaces`, { headers: { Authorization: `Bearer ${config.users[0].user.token}` } });
    expect(ok.status).toBe(200);
    const refused = await fetch(`${server}/api/v1/namespaces`, { headers: { Authorization: "Bearer someone-else" } });
    expect(refused.status).toBe(401);
    expect((await refused.json()).kind).toBe("Status");
  });

  it("creates a MendixApp, and the operator moves it to Running with the replica count, then Stopped", async () => {
    const k = apps();
    await k.ensureNamespace(NS);
    await k.ensureNamespace(NS); // idempotent
    const created = await k.create(NS, body("shop", 2));
    expect(created.metadata.generation).toBe(1);
    expect(created.status?.phase).toBe("Deploying");
    const running = await settledApp(k, "shop");
    expect(settledState(running)).toBe("RUNNING");
    expect(running.status).toMatchObject({ readyReplicas: 2, runtimeVersion: "10.24.3.1" });
    expect(running.spec.resources.limits).toEqual({ cpu: "2", memory: "2Gi" });

    const patched = await k.patchSpec(NS, "shop", { replicas: 0 });
    expect(patched.metadata.generation).toBe(2);
    expect(patched.status?.phase).toBe("Stopping");
    const stopped = await settledApp(k, "shop");
    expect(settledState(stopped)).toBe("STOPPED");
    expect(stopped.status?.readyReplicas).toBe(0);
    // The rest of the spec was kept by the merge patch.
    expect(stopped.spec.sourceVersion).toBe("1.0.0");
  });

  it("refuses a duplicate and an invalid spec with Kubernetes errors", async () => {
    const k = apps();
    await k.create(NS, body("dup", 0, false));
    const duplicate = await caught(k.create(NS, body("dup", 0, false)));
    expect(duplicate).toBeInstanceOf(KubeFailure);
    expect((duplicate as KubeFailure).status).toBe(409);
    expect((duplicate as KubeFailure).reason).toBe("AlreadyExists");
    const invalid = await caught(k.patchSpec(NS, "dup", { replicas: -1 }));
    expect((invalid as KubeFailure).status).toBe(422);
    const app = await settledApp(k, "dup");
    expect(settledState(app)).toBe("STOPPED"); // no package: the operator keeps it stopped
  });

  it("injects operator failures and API errors", async () => {
    const k = apps();
    await kubeAdmin("/kubernetes/faults", { kind: "operatorFailure", name: "broken", message: "Runtime crashed: out of memory", times: 1 });
    await k.create(NS, body("broken", 1));
    const failed = await settledApp(k, "broken");
    expect(settledState(failed)).toBe("FAILED");
    expect(failed.status?.message).toBe("Runtime crashed: out of memory");
    // The fault fired once: the next generation runs.
    await k.patchSpec(NS, "broken", { replicas: 3 });
    expect((await settledApp(k, "broken")).status).toMatchObject({ phase: "Running", readyReplicas: 3 });

    await kubeAdmin("/kubernetes/faults", { kind: "apiError", status: 503, method: "PATCH", times: 1 });
    const refused = await caught(k.patchSpec(NS, "broken", { replicas: 1 }));
    expect((refused as KubeFailure).status).toBe(503);
    expect((await k.get(NS, "broken"))?.spec.replicas).toBe(3);
  });

  it("deletes through the operator, keeps state across a restart, and drops it with the AKS cluster", async () => {
    let k = apps();
    await k.create(NS, body("gone", 1));
    await settledApp(k, "gone");
    await k.delete(NS, "gone");
    expect((await k.get(NS, "gone"))?.status?.phase).toBe("Deleting");
    for (let i = 0; i < 200 && (await k.get(NS, "gone")); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await k.get(NS, "gone")).toBeNull();
    await k.delete(NS, "gone"); // already gone is fine

    await kubeAdmin("/flush", {});
    await emu.restart({ kubernetesOperatorMs: 40 });
    k = apps();
    expect((await k.get(NS, "shop"))?.status?.phase).toBe("Stopped");

    await emu.clients.containerService.managedClusters.beginDeleteAndWait(RG, AKS, emu.clients.lro);
    const failure = await caught(k.create(NS, body("after", 1)));
    expect((failure as KubeFailure).status).toBe(404);
    expect((failure as KubeFailure).message).toMatch(/managed cluster does not exist/);
  });
});
