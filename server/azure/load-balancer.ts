import "server-only";
import { getOrNull } from "./arm";
import type { AzureClients } from "./client-factory";

// The address the cluster's apps are reached on (PRODUCT.md §16): the frontend of the app-routing
// add-on's NGINX ingress controller. AKS gives that Service of type LoadBalancer a frontend on the
// cluster's standard load balancer in the node resource group (the managed cluster's
// `nodeResourceGroup`): an External controller a public IP resource, which Kubernetes' Azure cloud
// provider tags with the Service's name; an Internal one a private address on the
// `kubernetes-internal` load balancer.

/** The tag Kubernetes' Azure cloud provider puts on a public IP made for a Service. */
const SERVICE_TAG = "k8s-azure-service";
/** The app-routing add-on's ingress controller Service (namespace/name). */
const INGRESS_SERVICE = "app-routing-system/nginx";
/** The load balancer AKS puts internal Services on. */
const INTERNAL_LOAD_BALANCER = "kubernetes-internal";
/** Public IPs looked at in a node resource group: AKS makes a few (egress, one per public Service). */
const MAX_PUBLIC_IPS = 200;

type IngressExposure = "public" | "internal";

interface IngressAddress {
  exposure: IngressExposure;
  ipAddress: string | null;
}

/** Internal when the add-on's controller is Internal; any other controller type is an external one. */
function exposureOf(controllerType: string | undefined): IngressExposure {
  return controllerType === "Internal" ? "internal" : "public";
}

/**
 * Reads the ingress controller's address from Azure; null when the cluster (or its node resource
 * group) does not exist yet, `ipAddress: null` while AKS has not given the controller one.
 */
export async function readIngressAddress(clients: AzureClients, resourceGroup: string, clusterName: string): Promise<IngressAddress | null> {
  const cluster = await getOrNull(() => clients.containerService.managedClusters.get(resourceGroup, clusterName));
  const nodeResourceGroup = cluster?.nodeResourceGroup;
  if (!cluster || !nodeResourceGroup) return null;
  const exposure = exposureOf(cluster.ingressProfile?.webAppRouting?.nginx?.defaultIngressControllerType);
  if (exposure === "internal") {
    const lb = await getOrNull(() => clients.network.loadBalancers.get(nodeResourceGroup, INTERNAL_LOAD_BALANCER));
    const frontend = lb?.frontendIPConfigurations?.find((config) => config.privateIPAddress);
    return { exposure, ipAddress: frontend?.privateIPAddress ?? null };
  }
  const found = await getOrNull(async () => {
    let seen = 0;
    for await (const ip of clients.network.publicIPAddresses.list(nodeResourceGroup)) {
      if (ip.tags?.[SERVICE_TAG] === INGRESS_SERVICE && ip.ipAddress) return ip.ipAddress;
      if (++seen >= MAX_PUBLIC_IPS) break;
    }
    return null;
  });
  return { exposure, ipAddress: found };
}
