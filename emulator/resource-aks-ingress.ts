// What AKS puts in a cluster's node resource group (MC_…) for the app-routing add-on's NGINX
// ingress controller, in the ARM emulator. The controller's Service of type LoadBalancer gets a
// frontend on the cluster's standard load balancer: with an External controller a public IP
// resource (tagged with the Service, as Kubernetes' Azure cloud provider tags it) on the
// `kubernetes` load balancer; with an Internal one a private address of the node subnet on
// `kubernetes-internal`. Addresses are derived from the cluster's id, so they survive re-PUTs.
import { createHash } from "node:crypto";
import type { Json, Store, StoredResource } from "./state";
import type { PutCtx } from "./resource-spec";
import { cidrRange, parseCidr } from "./resource-spec";

/** Kubernetes' Azure cloud provider: the tag naming the Service a public IP was made for, and the names of its load balancers. */
const SERVICE_TAG = "k8s-azure-service";
const INGRESS_SERVICE = "app-routing-system/nginx";
const PUBLIC_LB = "kubernetes";
const INTERNAL_LB = "kubernetes-internal";
/** AKS's own virtual network when the cluster brings none (kubenet / managed VNet). */
const MANAGED_VNET_SUBNET = "10.224.0.0/16";

const PUBLIC_IP_TYPE = "Microsoft.Network/publicIPAddresses";
const LB_TYPE = "Microsoft.Network/loadBalancers";

function bytes(seed: string): number[] {
  return [...createHash("sha1").update(seed).digest()];
}

function ipString(ip: number): string {
  return [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join(".");
}

/** A plausible Azure public address (20.0.0.0/8 is Microsoft's), never a network or broadcast-looking one. */
function publicAddressFor(seed: string): string {
  const [a, b, c] = bytes("pip:" + seed);
  return `20.${a}.${b}.${4 + (c % 250)}`;
}

/** A private address near the top of the subnet (Azure keeps the first four; nodes take the low ones). */
function privateAddressFor(seed: string, subnetPrefix: string): string {
  const cidr = parseCidr(subnetPrefix) ?? parseCidr(MANAGED_VNET_SUBNET)!;
  const [first, last] = cidrRange(cidr);
  const size = last - first + 1;
  const spread = Math.max(1, Math.min(64, Math.floor(size / 4)));
  const offset = 2 + (bytes("ilb:" + seed)[0] % spread);
  return ipString(Math.max(first + 4, last - offset));
}

function rgKeyOf(subscriptionId: string, rg: string): string {
  return `/subscriptions/${subscriptionId.toLowerCase()}/resourcegroups/${rg.toLowerCase()}`;
}

function rgIdOf(subscriptionId: string, rg: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${rg}`;
}

function put(store: Store, prev: StoredResource | undefined, r: Omit<StoredResource, "createdAt">): string {
  store.put({ ...r, createdAt: prev?.createdAt ?? new Date().toISOString() });
  return r.key;
}

/** The node resource group's key of a stored managed cluster, if it names one. */
export function nodeResourceGroupKey(cluster: StoredResource): string | null {
  const name = cluster.body.properties?.nodeResourceGroup;
  if (typeof name !== "string" || !name) return null;
  return rgKeyOf(cluster.id.split("/")[2], name);
}

/**
 * Brings the node resource group and the ingress controller's frontend in line with the cluster
 * just PUT (`pools`: its agent pools' properties); returns the keys of the network resources,
 * which follow the cluster's operation.
 */
export function ensureIngressFrontend(ctx: PutCtx, cluster: Json, pools: Json[]): string[] {
  const p = cluster.properties ?? {};
  const nodeRg: string = p.nodeResourceGroup;
  const location: string = cluster.location;
  const { store, subscriptionId } = ctx;
  const rgKey = rgKeyOf(subscriptionId, nodeRg);
  const rgId = rgIdOf(subscriptionId, nodeRg);
  const rg = store.get(rgKey);
  put(store, rg, {
    key: rgKey,
    id: rgId,
    name: rg?.name ?? nodeRg,
    type: "Microsoft.Resources/resourceGroups",
    body: {
      id: rgId,
      name: rg?.name ?? nodeRg,
      type: "Microsoft.Resources/resourceGroups",
      location,
      managedBy: ctx.id,
      tags: { "aks-managed-cluster-name": ctx.name, "aks-managed-cluster-rg": ctx.resourceGroup },
      properties: { provisioningState: "Succeeded" },
    },
  });

  const routing = p.ingressProfile?.webAppRouting;
  const controller: string = routing?.enabled ? String(routing.nginx?.defaultIngressControllerType ?? "AnnotationControlled") : "None";
  // AnnotationControlled (the add-on's default) makes an external controller too.
  const external = controller === "External" || controller === "AnnotationControlled";
  const internal = controller === "Internal";
  const frontendName = `a${createHash("sha1").update("svc:" + ctx.key).digest("hex").slice(0, 32)}`;
  const pipName = `kubernetes-${frontendName}`;
  const pipKey = `${rgKey}/providers/microsoft.network/publicipaddresses/${pipName}`;
  const pipId = `${rgId}/providers/${PUBLIC_IP_TYPE}/${pipName}`;
  const lbKey = (name: string) => `${rgKey}/providers/microsoft.network/loadbalancers/${name}`;
  const lbId = (name: string) => `${rgId}/providers/${LB_TYPE}/${name}`;
  const keys: string[] = [];

  if (external) {
    const prev = store.get(pipKey);
    const pip: Json = {
      id: pipId,
      name: pipName,
      type: PUBLIC_IP_TYPE,
      location,
      sku: { name: "Standard", tier: "Regional" },
      tags: { [SERVICE_TAG]: INGRESS_SERVICE, "k8s-azure-cluster-name": PUBLIC_LB },
      properties: {
        ipAddress: prev?.body.properties?.ipAddress ?? publicAddressFor(ctx.key),
        publicIPAddressVersion: "IPv4",
        publicIPAllocationMethod: "Static",
        idleTimeoutInMinutes: 4,
        ipConfiguration: { id: `${lbId(PUBLIC_LB)}/frontendIPConfigurations/${frontendName}` },
      },
    };
    keys.push(put(store, prev, { key: pipKey, id: pipId, name: pipName, type: PUBLIC_IP_TYPE, body: pip }));
  } else {
    store.remove(pipKey);
  }

  for (const [name, wanted] of [[PUBLIC_LB, external], [INTERNAL_LB, internal]] as const) {
    const key = lbKey(name);
    const prev = store.get(key);
    if (!wanted) {
      store.remove(key);
      continue;
    }
    const subnetId: string | undefined = pools.find((pool) => pool.mode === "System")?.vnetSubnetID ?? pools[0]?.vnetSubnetID;
    const subnetPrefix: string = (subnetId && store.get(subnetId.toLowerCase())?.body.properties?.addressPrefix) || MANAGED_VNET_SUBNET;
    const frontend: Json = {
      id: `${lbId(name)}/frontendIPConfigurations/${frontendName}`,
      name: frontendName,
      properties: internal
        ? { privateIPAddress: privateAddressFor(ctx.key, subnetPrefix), privateIPAllocationMethod: "Dynamic", privateIPAddressVersion: "IPv4", ...(subnetId ? { subnet: { id: subnetId } } : {}) }
        : { publicIPAddress: { id: pipId } },
    };
    const lb: Json = {
      id: lbId(name),
      name,
      type: LB_TYPE,
      location,
      sku: { name: "Standard", tier: "Regional" },
      tags: {},
      properties: { frontendIPConfigurations: [frontend], backendAddressPools: [{ name: "kubernetes", id: `${lbId(name)}/backendAddressPools/kubernetes` }] },
    };
    keys.push(put(store, prev, { key, id: lbId(name), name, type: LB_TYPE, body: lb }));
  }
  return keys;
}
