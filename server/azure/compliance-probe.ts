import "server-only";
import type { ComplianceFacts } from "@/lib/compliance";
import { getOrNull } from "./arm";
import type { AzureClients } from "./client-factory";
import { backupStorageName, componentName, type ClusterPlan } from "./transform";

// The live state behind the compliance controls, read from ARM through the SDKs: both storage
// accounts, the PostgreSQL server and its TLS parameters, AKS and the registry. A resource that is
// not there leaves its controls unknown; any other Azure error fails the check.

type Entry = { resource: string; value: unknown };

const each = <T>(found: { name: string; resource: T | null }[], pick: (resource: T) => unknown): Entry[] | null => {
  const present = found.filter((item) => item.resource !== null);
  return present.length ? present.map((item) => ({ resource: item.name, value: pick(item.resource as T) })) : null;
};

export async function readComplianceFacts(clients: AzureClients, plan: ClusterPlan): Promise<ComplianceFacts> {
  const rg = plan.resourceGroup;
  const storageNames = [componentName(plan, "STORAGE"), backupStorageName(plan)];
  const pgName = componentName(plan, "POSTGRES");
  const aksName = componentName(plan, "AKS");
  const acrName = componentName(plan, "ACR");
  const [storage, pg, secureTransport, minTls, aks, acr] = await Promise.all([
    Promise.all(storageNames.map(async (name) => ({ name, resource: await getOrNull(() => clients.storage.storageAccounts.getProperties(rg, name)) }))),
    getOrNull(() => clients.postgres.servers.get(rg, pgName)),
    getOrNull(() => clients.postgres.configurations.get(rg, pgName, "require_secure_transport")),
    getOrNull(() => clients.postgres.configurations.get(rg, pgName, "ssl_min_protocol_version")),
    getOrNull(() => clients.containerService.managedClusters.get(rg, aksName)),
    getOrNull(() => clients.containerRegistry.registries.get(rg, acrName)),
  ]);
  const one = <T>(name: string, resource: T | null, pick: (r: T) => unknown) => each([{ name, resource }], pick);
  return {
    "storage-encryption": each(storage, (account) => Boolean(account.encryption?.services?.blob?.enabled && account.encryption?.services?.file?.enabled)),
    "storage-public-blob-access": each(storage, (account) => account.allowBlobPublicAccess),
    "postgres-secure-transport": pg ? one(pgName, secureTransport, (parameter) => parameter.value) : null,
    "postgres-minimum-tls": pg ? one(pgName, minTls, (parameter) => parameter.value) : null,
    "postgres-public-network-access": one(pgName, pg, (server) => server.network?.publicNetworkAccess),
    "aks-local-accounts-disabled": one(aksName, aks, (cluster) => cluster.disableLocalAccounts),
    "aks-rbac": one(aksName, aks, (cluster) => cluster.enableRbac),
    "acr-admin-user-disabled": one(acrName, acr, (registry) => registry.adminUserEnabled),
  };
}
