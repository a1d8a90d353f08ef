import "server-only";
import type { ComponentKind } from "@/generated/prisma/enums";
import { ArmFailure, getOrNull, waitWhileBusy, withConflictRetry } from "./arm";
import type { AzureClients } from "./client-factory";
import {
  aksBody,
  backupStorageAccountBody,
  backupStorageName,
  comparable,
  componentArmId,
  componentName,
  containerRegistryBody,
  differences,
  DNS_VNET_LINK,
  grafanaBody,
  logAnalyticsBody,
  monitorWorkspaceBody,
  postgresBody,
  privateDnsLinkBody,
  privateDnsZoneBody,
  privateEndpointBody,
  replicaBody,
  resourceCondition,
  resourceGroupBody,
  storageAccountBody,
  virtualNetworkBody,
  type ClusterPlan,
} from "./transform";

// One adapter per Azure resource of a cluster: how to read it and how to PUT it, through the typed
// SDK clients. `ensureComponent` is the reconciler's unit: read first, PUT only what is missing or
// differs from the desired body, wait out operations an interrupted attempt left running.

type Resource = Record<string, unknown>;

interface Adapter {
  read(): Promise<Resource | null>;
  /** The body we want; `actual` lets a body keep what Azure owns (e.g. the autoscaler's node count). */
  desired(actual: Resource | null): Resource;
  write(body: Resource): Promise<unknown>;
}

function adapter(clients: AzureClients, plan: ClusterPlan, kind: ComponentKind): Adapter | null {
  const rg = plan.resourceGroup;
  const name = componentName(plan, kind);
  const lro = clients.lro;
  const asResource = (value: unknown) => value as Resource;
  switch (kind) {
    case "RESOURCE_GROUP":
      return {
        read: () => getOrNull(() => clients.resources.resourceGroups.get(rg)).then(asResource),
        desired: () => resourceGroupBody(plan),
        write: (body) => clients.resources.resourceGroups.createOrUpdate(rg, body as never),
      };
    case "VNET":
      return {
        read: () => getOrNull(() => clients.network.virtualNetworks.get(rg, name)).then(asResource),
        desired: () => virtualNetworkBody(plan),
        write: (body) => clients.network.virtualNetworks.createOrUpdate(rg, name, body as never, lro),
      };
    case "LOG_ANALYTICS":
      return {
        read: () => getOrNull(() => clients.operationalInsights.workspaces.get(rg, name)).then(asResource),
        desired: () => logAnalyticsBody(plan),
        write: (body) => clients.operationalInsights.workspaces.createOrUpdate(rg, name, body as never, lro),
      };
    case "PROMETHEUS":
      return {
        read: () => getOrNull(() => clients.monitorAccounts.get(rg, name)).then(asResource),
        desired: () => monitorWorkspaceBody(plan),
        write: (body) => clients.monitorAccounts.createOrUpdate(rg, name, body as never),
      };
    case "STORAGE":
      return {
        read: () => getOrNull(() => clients.storage.storageAccounts.getProperties(rg, name)).then(asResource),
        desired: () => storageAccountBody(plan),
        write: (body) => clients.storage.storageAccounts.create(rg, name, body as never, lro),
      };
    case "ACR":
      return {
        read: () => getOrNull(() => clients.containerRegistry.registries.get(rg, name)).then(asResource),
        desired: () => containerRegistryBody(plan),
        write: (body) => clients.containerRegistry.registries.create(rg, name, body as never, lro),
      };
    case "POSTGRES":
      return {
        read: () => getOrNull(() => clients.postgres.servers.get(rg, name)).then(asResource),
        desired: () => postgresBody(plan),
        write: (body) => clients.postgres.servers.beginCreateOrUpdateAndWait(rg, name, body as never, lro),
      };
    case "REPLICA":
      return {
        read: () => getOrNull(() => clients.postgres.servers.get(rg, name)).then(asResource),
        desired: () => replicaBody(plan),
        write: (body) => clients.postgres.servers.beginCreateOrUpdateAndWait(rg, name, body as never, lro),
      };
    case "PRIVATE_ENDPOINT":
      return {
        read: () => getOrNull(() => clients.network.privateEndpoints.get(rg, name)).then(asResource),
        desired: () => privateEndpointBody(plan),
        write: (body) => clients.network.privateEndpoints.createOrUpdate(rg, name, body as never, lro),
      };
    case "DNS":
      return {
        read: () => getOrNull(() => clients.privateDns.privateZones.get(rg, name)).then(asResource),
        desired: () => privateDnsZoneBody(plan),
        write: (body) => clients.privateDns.privateZones.createOrUpdate(rg, name, body as never, lro),
      };
    case "AKS":
      return {
        read: () => getOrNull(() => clients.containerService.managedClusters.get(rg, name)).then(asResource),
        desired: (actual) => {
          const pools = (actual?.agentPoolProfiles ?? []) as { name?: string; count?: number }[];
          return aksBody(plan, pools.find((pool) => pool.name === "system")?.count);
        },
        write: (body) => clients.containerService.managedClusters.createOrUpdate(rg, name, body as never, lro),
      };
    case "GRAFANA":
      return {
        read: () => getOrNull(() => clients.dashboard.grafana.get(rg, name)).then(asResource),
        desired: () => grafanaBody(plan),
        write: (body) => clients.dashboard.grafana.beginCreateAndWait(rg, name, body as never, lro),
      };
    default:
      return null;
  }
}

export interface EnsureResult {
  kind: ComponentKind;
  armId: string | null;
  /** True when a PUT was sent (missing, different, or failed before). */
  changed: boolean;
  resource: Resource | null;
}

function timing(clients: AzureClients) {
  const local = clients.mode === "local";
  return {
    intervalMs: local ? Math.max(clients.lro.updateIntervalInMs, 20) : 5_000,
    timeoutMs: local ? 5 * 60_000 : 60 * 60_000,
    conflict: { delayMs: local ? 100 : 5_000, maxDelayMs: local ? 2_000 : 60_000, attempts: 10 },
  };
}

async function ensureWith(clients: AzureClients, a: Adapter): Promise<{ changed: boolean; resource: Resource | null }> {
  const t = timing(clients);
  // An earlier attempt (a worker that died) may have left an operation running: wait it out.
  let actual = await waitWhileBusy(() => a.read(), (r) => resourceCondition(r) === "busy", t);
  const body = a.desired(actual);
  if (actual && resourceCondition(actual) === "ready" && differences(comparable(body), actual).length === 0) {
    return { changed: false, resource: actual };
  }
  await withConflictRetry(() => a.write(body), t.conflict);
  actual = await a.read();
  if (!actual) throw new ArmFailure({ code: "ResourceNotFound", message: "Azure reported success but the resource cannot be read back." });
  if (resourceCondition(actual) === "failed") throw new ArmFailure({ code: "ProvisioningFailed", message: "Azure reports the resource as failed after provisioning." });
  return { changed: true, resource: actual };
}

/** Brings one component of a cluster to its desired state in Azure. Throws ArmFailure on failure. */
export async function ensureComponent(clients: AzureClients, plan: ClusterPlan, kind: ComponentKind): Promise<EnsureResult> {
  const a = adapter(clients, plan, kind);
  const armId = componentArmId(plan, kind);
  if (!a) return { kind, armId, changed: false, resource: null };
  const result = await ensureWith(clients, a);
  if (kind === "DNS") {
    // The zone only resolves inside the cluster's network once it is linked to the VNet.
    const zone = componentName(plan, "DNS");
    const link = await ensureWith(clients, {
      read: () => getOrNull(() => clients.privateDns.virtualNetworkLinks.get(plan.resourceGroup, zone, DNS_VNET_LINK)).then((r) => r as unknown as Resource),
      desired: () => privateDnsLinkBody(plan),
      write: (body) => clients.privateDns.virtualNetworkLinks.createOrUpdate(plan.resourceGroup, zone, DNS_VNET_LINK, body as never, clients.lro),
    });
    result.changed ||= link.changed;
  }
  if (kind === "STORAGE") {
    // The backups' storage account (its own redundancy) belongs to the storage component.
    const name = backupStorageName(plan);
    const backup = await ensureWith(clients, {
      read: () => getOrNull(() => clients.storage.storageAccounts.getProperties(plan.resourceGroup, name)).then((r) => r as unknown as Resource),
      desired: () => backupStorageAccountBody(plan),
      write: (body) => clients.storage.storageAccounts.create(plan.resourceGroup, name, body as never, clients.lro),
    });
    result.changed ||= backup.changed;
  }
  return { kind, armId, ...result };
}

/** Reads one component as it is in Azure now (null when missing). */
export async function readComponent(clients: AzureClients, plan: ClusterPlan, kind: ComponentKind): Promise<Resource | null> {
  const a = adapter(clients, plan, kind);
  return a ? a.read() : null;
}
