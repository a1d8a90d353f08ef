import "server-only";
import { deleteIfExists } from "./arm";
import type { AzureClients } from "./client-factory";

// What off-boarding removes in Azure. Both deletes are long-running operations polled by the SDK;
// a resource that is already gone (a retried job) counts as deleted, and a delete that an earlier
// attempt started is joined (ARM answers the same operation).

/** Deletes the managed resource group with every resource in it. */
export function deleteManagedResourceGroup(clients: AzureClients, resourceGroup: string) {
  return deleteIfExists(() => clients.resources.resourceGroups.beginDeleteAndWait(resourceGroup, clients.lro));
}

/**
 * Ends the provider's access: the managed application is what grants the publisher its access to
 * the customer's subscription (support policy, "Access to your Environment by Mendix").
 */
export function deleteManagedApplication(clients: AzureClients, managedApplicationId: string) {
  return deleteIfExists(() => clients.applications.applications.beginDeleteByIdAndWait(managedApplicationId, clients.lro));
}
