import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseCidr } from "@/lib/cluster-settings";
import { initializeCluster } from "@/server/domain/clusters/initialize-cluster";
import { refreshClusterStatus } from "@/server/domain/clusters/refresh-cluster-status";
import { api, resetSettingsEnv, startSettingsEnv } from "../settings/helpers";
import { actorFor, clusterByName, clusterState, CONTOSO_SUB, DEMO_USERS, testDb, waitForOperation, type AzureTestEnv } from "./helpers";

// The load balancer IP of the cluster details (PRODUCT.md §16): AKS's ingress frontend in the
// node resource group, as the emulator makes it, read through the real SDK clients and recorded
// on the cluster by initialization, a load balancer switch and a status refresh.

const RG = "mrg-contoso-prod";
const AKS = "aks-mendix";

let env: AzureTestEnv;
beforeAll(async () => {
  env = await startSettingsEnv();
});
afterAll(async () => env?.dispose());
beforeEach(async () => resetSettingsEnv(env));

const clients = () => env.gateway.clientsFor(CONTOSO_SUB);

function isPrivate(ip: string): boolean {
  return /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
}

function inCidr(ip: string, cidr: string): boolean {
  const range = parseCidr(cidr)!;
  const address = parseCidr(`${ip}/32`)!.address;
  return address >= range.address && address < range.address + 2 ** (32 - range.prefix);
}

/** The public IPs AKS made in the cluster's node resource group, as the SDK lists them. */
async function publicIps(resourceGroup: string, clusterName: string) {
  const mc = await clients().containerService.managedClusters.get(resourceGroup, clusterName);
  expect(mc.nodeResourceGroup).toBeTruthy();
  const ips = [];
  for await (const ip of clients().network.publicIPAddresses.list(mc.nodeResourceGroup!)) ips.push(ip);
  return { nodeResourceGroup: mc.nodeResourceGroup!, ips };
}

async function switchLoadBalancer(to: "public" | "internal") {
  const manager = await actorFor(DEMO_USERS.contosoManager);
  const cluster = await clusterByName("contoso-prod");
  const view = await api.get(manager, cluster.id);
  const res = await api.patch(manager, cluster.id, { loadBalancer: to }, view.json.version);
  expect(res.status, JSON.stringify(res.json)).toBe(202);
  const operation = await waitForOperation(res.json.operationId);
  expect(operation.status, JSON.stringify(operation.error)).toBe("SUCCEEDED");
  return clusterState("contoso-prod");
}

describe("the load balancer IP", () => {
  it("initialization records the public IP AKS gave the ingress controller in the node resource group", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-dev");
    const operation = await waitForOperation((await initializeCluster(testDb, env.boss, env.gateway, owner, cluster.id, {})).id);
    expect(operation.status, JSON.stringify(operation.error)).toBe("SUCCEEDED");

    const { nodeResourceGroup, ips } = await publicIps("mrg-contoso-dev", AKS);
    expect(nodeResourceGroup).toBe("MC_mrg-contoso-dev_aks-mendix_westeurope");
    const ingress = ips.filter((ip) => ip.tags?.["k8s-azure-service"] === "app-routing-system/nginx");
    expect(ingress).toHaveLength(1);
    expect(ingress[0].ipAddress).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(isPrivate(ingress[0].ipAddress!)).toBe(false);
    const after = await clusterState("contoso-dev");
    expect(after.loadBalancerIp).toBe(ingress[0].ipAddress);
    // The managed resource group holds none of it: AKS keeps its network in its own group.
    expect((await clients().resources.resourceGroups.get(nodeResourceGroup)).managedBy?.toLowerCase()).toBe(after.components.find((c) => c.kind === "AKS")!.armId!.toLowerCase());
  });

  it("switching to an internal load balancer records a private address of the node subnet, and back to public a public IP", async () => {
    const internal = await switchLoadBalancer("internal");
    const nodeCidr = (internal.actualSettings as { nodeCidr: string }).nodeCidr;
    expect(internal.loadBalancerIp).toBeTruthy();
    expect(inCidr(internal.loadBalancerIp!, nodeCidr), `${internal.loadBalancerIp} in ${nodeCidr}`).toBe(true);
    const { nodeResourceGroup, ips } = await publicIps(RG, AKS);
    expect(ips.filter((ip) => ip.tags?.["k8s-azure-service"])).toHaveLength(0);
    const lb = await clients().network.loadBalancers.get(nodeResourceGroup, "kubernetes-internal");
    expect(lb.frontendIPConfigurations?.[0].privateIPAddress).toBe(internal.loadBalancerIp);
    expect(lb.frontendIPConfigurations?.[0].subnet?.id).toMatch(/\/subnets\/snet-aks$/);

    const publicAgain = await switchLoadBalancer("public");
    expect(publicAgain.loadBalancerIp).toBeTruthy();
    expect(isPrivate(publicAgain.loadBalancerIp!)).toBe(false);
    expect((await publicIps(RG, AKS)).ips.map((ip) => ip.ipAddress)).toContain(publicAgain.loadBalancerIp);
  });

  it("a status refresh records the address Azure has now", async () => {
    const cluster = await clusterByName("contoso-prod");
    await testDb.cluster.update({ where: { id: cluster.id }, data: { loadBalancerIp: null } });
    const member = await actorFor(DEMO_USERS.contosoMember);
    const operation = await waitForOperation((await refreshClusterStatus(testDb, env.boss, member, cluster.id)).id);
    expect(operation.status, JSON.stringify(operation.error)).toBe("SUCCEEDED");
    const { ips } = await publicIps(RG, AKS);
    const ingress = ips.find((ip) => ip.tags?.["k8s-azure-service"] === "app-routing-system/nginx");
    expect((await clusterState("contoso-prod")).loadBalancerIp).toBe(ingress?.ipAddress);
  });

  it("deleting the Kubernetes service takes its node resource group (and the IP) along", async () => {
    const { nodeResourceGroup } = await publicIps(RG, AKS);
    await clients().containerService.managedClusters.beginDeleteAndWait(RG, AKS, clients().lro);
    expect((await clients().resources.resourceGroups.checkExistence(nodeResourceGroup)).body).toBe(false);
  });
});
