import "server-only";
import { ArmFailure, deleteIfExists, getOrNull, waitWhileBusy, withConflictRetry } from "./arm";
import type { AzureClients } from "./client-factory";
import { changedFields, targetsFor, writePath, type PropertyChange, type Resource, type TargetSpec } from "./settings-targets";
import { backupStorageName, componentName, DNS_VNET_LINK, replicaBody, resourceCondition, type ClusterPlan } from "./transform";

// Writes customization settings to Azure through the typed SDK clients: per resource only the
// properties that differ from what Azure holds now (PATCH where the service has it, else the
// resource as read with those properties changed), long-running operations polled to the end.

const AKS_POOL = "system";

function timing(clients: AzureClients) {
  const local = clients.mode === "local";
  return {
    wait: { intervalMs: local ? Math.max(clients.lro.updateIntervalInMs, 20) : 5_000, timeoutMs: local ? 5 * 60_000 : 60 * 60_000 },
    conflict: { delayMs: local ? 100 : 5_000, maxDelayMs: local ? 2_000 : 60_000, attempts: 10 },
  };
}

/** Reads one target as Azure holds it now (null when missing). */
export async function readTarget(clients: AzureClients, plan: ClusterPlan, spec: TargetSpec): Promise<Resource | null> {
  const rg = plan.resourceGroup;
  const as = (value: unknown) => value as Resource | null;
  switch (spec.id) {
    case "RESOURCE_GROUP":
      return as(await getOrNull(() => clients.resources.resourceGroups.get(rg)));
    case "VNET":
      return as(await getOrNull(() => clients.network.virtualNetworks.get(rg, componentName(plan, "VNET"))));
    case "LOG_ANALYTICS":
      return as(await getOrNull(() => clients.operationalInsights.workspaces.get(rg, componentName(plan, "LOG_ANALYTICS"))));
    case "PROMETHEUS":
      return as(await getOrNull(() => clients.monitorAccounts.get(rg, componentName(plan, "PROMETHEUS"))));
    case "STORAGE":
      return as(await getOrNull(() => clients.storage.storageAccounts.getProperties(rg, componentName(plan, "STORAGE"))));
    case "BACKUP_STORAGE":
      return as(await getOrNull(() => clients.storage.storageAccounts.getProperties(rg, backupStorageName(plan))));
    case "ACR":
      return as(await getOrNull(() => clients.containerRegistry.registries.get(rg, componentName(plan, "ACR"))));
    case "POSTGRES":
    case "REPLICA":
      return as(await getOrNull(() => clients.postgres.servers.get(rg, componentName(plan, spec.kind))));
    case "PRIVATE_ENDPOINT":
      return as(await getOrNull(() => clients.network.privateEndpoints.get(rg, componentName(plan, "PRIVATE_ENDPOINT"))));
    case "DNS":
      return as(await getOrNull(() => clients.privateDns.privateZones.get(rg, componentName(plan, "DNS"))));
    case "DNS_LINK":
      return as(await getOrNull(() => clients.privateDns.virtualNetworkLinks.get(rg, componentName(plan, "DNS"), DNS_VNET_LINK)));
    case "AKS":
      return as(await getOrNull(() => clients.containerService.managedClusters.get(rg, componentName(plan, "AKS"))));
    case "AKS_POOL":
      return as(await getOrNull(() => clients.containerService.agentPools.get(rg, componentName(plan, "AKS"), AKS_POOL)));
    case "GRAFANA":
      return as(await getOrNull(() => clients.dashboard.grafana.get(rg, componentName(plan, "GRAFANA"))));
  }
}

/** The body of the write: only the changed properties (PATCH), or the resource as read with them changed (PUT). */
function requestBody(spec: TargetSpec, plan: ClusterPlan, actual: Resource, fields: ReturnType<typeof changedFields>): Resource {
  if (spec.method === "PATCH") {
    const body: Resource = {};
    for (const { field } of fields) writePath(body, field.path, field.value(plan));
    return body;
  }
  const body: Resource = structuredClone(actual);
  for (const { field } of fields) writePath(body, field.path, field.value(plan));
  if (spec.id === "AKS_POOL") {
    // The autoscaler owns the node count; keep it inside the new bounds.
    const max = Number(body.maxCount);
    if (typeof body.count === "number" && body.count > max) body.count = max;
  }
  return body;
}

async function send(clients: AzureClients, plan: ClusterPlan, spec: TargetSpec, body: Resource, actual: Resource, onlyTags: boolean): Promise<unknown> {
  const rg = plan.resourceGroup;
  const lro = clients.lro;
  const b = body as never;
  switch (spec.id) {
    case "RESOURCE_GROUP":
      return clients.resources.resourceGroups.update(rg, b);
    case "VNET":
      return clients.network.virtualNetworks.updateTags(rg, componentName(plan, "VNET"), b);
    case "LOG_ANALYTICS":
      return clients.operationalInsights.workspaces.update(rg, componentName(plan, "LOG_ANALYTICS"), b);
    case "PROMETHEUS":
      return clients.monitorAccounts.createOrUpdate(rg, componentName(plan, "PROMETHEUS"), { location: String(actual.location), tags: body.tags as Record<string, string>, properties: {} });
    case "STORAGE":
      return clients.storage.storageAccounts.update(rg, componentName(plan, "STORAGE"), b);
    case "BACKUP_STORAGE":
      return clients.storage.storageAccounts.update(rg, backupStorageName(plan), b);
    case "ACR":
      return clients.containerRegistry.registries.update(rg, componentName(plan, "ACR"), b, lro);
    case "POSTGRES":
    case "REPLICA":
      return clients.postgres.servers.beginUpdateAndWait(rg, componentName(plan, spec.kind), b, lro);
    case "PRIVATE_ENDPOINT":
      return clients.network.privateEndpoints.createOrUpdate(rg, componentName(plan, "PRIVATE_ENDPOINT"), b, lro);
    case "DNS":
      return clients.privateDns.privateZones.update(rg, componentName(plan, "DNS"), b, lro);
    case "DNS_LINK":
      return clients.privateDns.virtualNetworkLinks.update(rg, componentName(plan, "DNS"), DNS_VNET_LINK, b, lro);
    case "AKS":
      return onlyTags
        ? clients.containerService.managedClusters.updateTags(rg, componentName(plan, "AKS"), { tags: body.tags as Record<string, string> }, lro)
        : clients.containerService.managedClusters.createOrUpdate(rg, componentName(plan, "AKS"), b, lro);
    case "AKS_POOL":
      return clients.containerService.agentPools.createOrUpdate(rg, componentName(plan, "AKS"), AKS_POOL, b, lro);
    case "GRAFANA":
      return clients.dashboard.grafana.update(rg, componentName(plan, "GRAFANA"), b);
  }
}

/** A failure of one resource, naming the properties that were being written. */
export class TargetFailure extends ArmFailure {
  constructor(
    readonly target: TargetSpec,
    readonly properties: string[],
    failure: ArmFailure,
  ) {
    super({ code: failure.code, message: failure.message, status: failure.status });
  }
}

/**
 * Brings one target's settings properties to what `plan` wants. Reads first (waiting out an
 * operation left running), writes only what differs, re-reads to confirm. Returns what changed.
 */
export async function applyTarget(clients: AzureClients, plan: ClusterPlan, spec: TargetSpec): Promise<PropertyChange[]> {
  const t = timing(clients);
  const actual = await waitWhileBusy(() => readTarget(clients, plan, spec), (r) => resourceCondition(r) === "busy", t.wait);
  if (!actual) {
    throw new TargetFailure(spec, [], new ArmFailure({ code: "ResourceNotFound", message: `${spec.label} does not exist in Azure. Use Recover to re-create the cluster's resources.` }));
  }
  const fields = changedFields(spec, plan, actual);
  if (fields.length === 0) return [];
  const paths = fields.map((f) => f.change.path);
  const body = requestBody(spec, plan, actual, fields);
  try {
    await withConflictRetry(() => send(clients, plan, spec, body, actual, paths.every((p) => p === "tags")), t.conflict);
  } catch (error) {
    throw new TargetFailure(spec, paths, error as ArmFailure);
  }
  const after = await readTarget(clients, plan, spec);
  const left = after ? changedFields(spec, plan, after) : fields;
  if (!after || resourceCondition(after) === "failed" || left.length) {
    throw new TargetFailure(spec, left.map((f) => f.change.path), new ArmFailure({ code: "PropertyNotApplied", message: "Azure accepted the change but the resource does not show it." }));
  }
  return fields.map((f) => f.change);
}

/** Creates the read replica (PUT createMode Replica) or deletes it. */
export async function ensureReplica(clients: AzureClients, plan: ClusterPlan, spec: TargetSpec, wanted: boolean): Promise<"created" | "deleted" | "unchanged"> {
  const name = componentName(plan, "REPLICA");
  const t = timing(clients);
  const actual = await waitWhileBusy(() => readTarget(clients, plan, spec), (r) => resourceCondition(r) === "busy", t.wait);
  try {
    if (wanted && !actual) {
      await withConflictRetry(() => clients.postgres.servers.beginCreateOrUpdateAndWait(plan.resourceGroup, name, replicaBody(plan) as never, clients.lro), t.conflict);
      return "created";
    }
    if (!wanted && actual) {
      await withConflictRetry(() => deleteIfExists(() => clients.postgres.servers.beginDeleteAndWait(plan.resourceGroup, name, clients.lro)), t.conflict);
      return "deleted";
    }
  } catch (error) {
    throw new TargetFailure(spec, ["createMode"], error as ArmFailure);
  }
  return "unchanged";
}

export interface TargetDrift {
  spec: TargetSpec;
  missing: boolean;
  changes: PropertyChange[];
}

/** Reads every target and lists where Azure differs from `plan` (read-only fields included). */
export async function compareWithAzure(clients: AzureClients, plan: ClusterPlan): Promise<TargetDrift[]> {
  const out: TargetDrift[] = [];
  for (const spec of targetsFor({ ...plan.settings, readReplica: true })) {
    const actual = await readTarget(clients, plan, spec);
    if (spec.id === "REPLICA") {
      if (Boolean(actual) !== plan.settings.readReplica) out.push({ spec, missing: !actual, changes: [{ path: "(resource)", from: actual ? "exists" : null, to: plan.settings.readReplica ? "exists" : null, keys: ["readReplica"] }] });
      if (!actual || !plan.settings.readReplica) continue;
    }
    if (!actual) {
      out.push({ spec, missing: true, changes: spec.fields.map((f) => ({ path: f.path.join("."), from: null, to: f.value(plan), keys: f.keys })) });
      continue;
    }
    const changes = changedFields({ ...spec, fields: spec.fields.map((f) => ({ ...f, readOnly: false })) }, plan, actual).map((c) => c.change);
    if (changes.length) out.push({ spec, missing: false, changes });
  }
  return out;
}
