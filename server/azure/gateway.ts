import "server-only";
import { env } from "../env";
import { createAzureClients, type AzureClients } from "./client-factory";

/** Azure SDK clients per subscription, built from configuration: the emulator locally, Azure otherwise. */
export interface AzureGateway {
  clientsFor(subscriptionId: string): AzureClients;
}

export function createAzureGateway(config: { mode: "local" | "azure"; endpoint?: string; pollIntervalMs?: number }): AzureGateway {
  const cache = new Map<string, AzureClients>();
  return {
    clientsFor(subscriptionId) {
      let clients = cache.get(subscriptionId);
      if (!clients) {
        clients =
          config.mode === "local"
            ? createAzureClients({ mode: "local", endpoint: config.endpoint ?? "http://127.0.0.1:4010", subscriptionId, pollIntervalMs: config.pollIntervalMs })
            : createAzureClients({ mode: "azure", subscriptionId, endpoint: config.endpoint, pollIntervalMs: config.pollIntervalMs });
        cache.set(subscriptionId, clients);
      }
      return clients;
    },
  };
}

export function azureGatewayFromEnv(): AzureGateway {
  const { PORTAL_MODE, ARM_ENDPOINT } = env();
  return createAzureGateway({ mode: PORTAL_MODE, endpoint: ARM_ENDPOINT });
}
