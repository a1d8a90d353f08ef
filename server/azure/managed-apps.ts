import "server-only";
import type { Application } from "@azure/arm-managedapplications";
import { getOrNull, toArmFailure } from "./arm";
import type { AzureClients } from "./client-factory";

// Reading a subscription for discovery: its tenant and its managed applications
// (`Microsoft.Solutions/applications`), through the typed SDK clients.

/** A subscription holds few managed applications; a bound keeps a runaway listing finite. */
export const MAX_APPLICATIONS = 1000;

/** The subscription's tenant and state; null when Azure does not know it (or the identity cannot see it). */
export async function readSubscription(clients: AzureClients): Promise<{ tenantId: string | null; state: string | null } | null> {
  const sub = await getOrNull(() => clients.subscriptions.subscriptions.get(clients.subscriptionId));
  if (!sub?.subscriptionId) return null;
  return { tenantId: sub.tenantId ?? null, state: sub.state ?? null };
}

/** Every managed application of the subscription (all resource groups). */
export async function listManagedApplications(clients: AzureClients): Promise<Application[]> {
  const out: Application[] = [];
  try {
    for await (const app of clients.applications.applications.listBySubscription()) {
      out.push(app);
      if (out.length >= MAX_APPLICATIONS) break;
    }
  } catch (error) {
    throw toArmFailure(error);
  }
  return out;
}
