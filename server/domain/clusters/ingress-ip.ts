import "server-only";
import type { AzureClients } from "../../azure/client-factory";
import { readIngressAddress } from "../../azure/load-balancer";

/**
 * The cluster's load balancer IP as Azure has it now, for recording on the cluster: `undefined`
 * (keep what is recorded) when it cannot be read, so a passing ARM error neither fails the caller
 * nor wipes a known address.
 */
export async function ingressIpToRecord(
  clients: AzureClients,
  cluster: { id: string; managedResourceGroup: string },
  aksName: string,
  log: (message: string, fields: Record<string, unknown>) => void,
): Promise<string | null | undefined> {
  try {
    return (await readIngressAddress(clients, cluster.managedResourceGroup, aksName))?.ipAddress ?? null;
  } catch (error) {
    log("load balancer IP not read", { clusterId: cluster.id, error: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}
