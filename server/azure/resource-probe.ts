import "server-only";
import type { ResourceManagementClient } from "@azure/arm-resources";
import { apiVersionForArmId } from "@/lib/cluster-components";

export type ProbeResult =
  | { found: true; provisioningState: string; properties: Record<string, unknown> }
  | { found: false; code: string; message: string };

/** Reads one resource by its ARM id, whatever its type, through the generic resources API. */
export type ResourceProbe = (armId: string) => Promise<ProbeResult>;

export function createResourceProbe(client: ResourceManagementClient): ResourceProbe {
  return async (armId) => {
    const apiVersion = apiVersionForArmId(armId);
    if (!apiVersion) return { found: false, code: "UnknownResourceType", message: `No API version known for ${armId}` };
    try {
      if (/^\/subscriptions\/[^/]+\/resourcegroups\/[^/]+$/i.test(armId)) {
        const name = armId.split("/").pop()!;
        const group = await client.resourceGroups.get(name);
        return { found: true, provisioningState: group.properties?.provisioningState ?? "Succeeded", properties: {} };
      }
      const resource = await client.resources.getById(armId, apiVersion);
      const properties = (resource.properties ?? {}) as Record<string, unknown>;
      return { found: true, provisioningState: String(properties.provisioningState ?? "Succeeded"), properties };
    } catch (error) {
      const rest = error as { statusCode?: number; code?: string; message?: string };
      if (rest.statusCode === 404) return { found: false, code: rest.code ?? "ResourceNotFound", message: "The resource no longer exists in the managed resource group." };
      throw error;
    }
  };
}
