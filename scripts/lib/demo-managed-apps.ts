// The Marketplace deployment of the managed service, as a customer's subscription holds it: a
// managed application of the offer in its own resource group, with its managed resource group.
// The demo set-up and the tests put these into the ARM emulator, so local mode discovers its
// clusters through the same SDK calls as Azure mode.
import type { AzureClients } from "../../server/azure/client-factory";
import { MENDIX_OFFER } from "../../lib/managed-app-offer";

export interface DemoApplication {
  name: string;
  region: string;
  /** The resource group of the application itself (default rg-<name>). */
  resourceGroup?: string;
  /** The managed resource group (default mrg-<name>). */
  managedResourceGroup?: string;
  /** The Marketplace plan (default: the service's offer). */
  plan?: { publisher: string; product: string; name: string; version: string };
}

export function applicationIdOf(subscriptionId: string, app: DemoApplication): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${app.resourceGroup ?? `rg-${app.name}`}/providers/Microsoft.Solutions/applications/${app.name}`;
}

/** Deploys (or re-deploys, unchanged) the managed application; returns its id. */
export async function deployManagedApplication(clients: AzureClients, app: DemoApplication): Promise<string> {
  await clients.resources.providers.register("Microsoft.Solutions");
  const id = applicationIdOf(clients.subscriptionId, app);
  await clients.resources.resourceGroups.createOrUpdate(app.resourceGroup ?? `rg-${app.name}`, { location: app.region });
  await clients.applications.applications.beginCreateOrUpdateByIdAndWait(
    id,
    {
      location: app.region,
      kind: "MarketPlace",
      plan: app.plan ?? { publisher: MENDIX_OFFER.publisher, product: MENDIX_OFFER.product, name: MENDIX_OFFER.plans[0], version: MENDIX_OFFER.version },
      managedResourceGroupId: `/subscriptions/${clients.subscriptionId}/resourceGroups/${app.managedResourceGroup ?? `mrg-${app.name}`}`,
    },
    clients.lro,
  );
  return id;
}
