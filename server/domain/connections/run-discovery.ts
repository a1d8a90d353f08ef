import "server-only";
import { connectionMessages as t } from "@/lib/messages-connections";
import { recordAudit } from "../../audit/record";
import { ArmFailure } from "../../azure/arm";
import type { AzureGateway } from "../../azure/gateway";
import { listManagedApplications, readSubscription } from "../../azure/managed-apps";
import type { Db } from "../../db";
import { OperationFailure } from "../../jobs/operation-runner";
import { clusterNameFor, diffDiscovery, mendixApplications } from "./discovery";

// The Azure side of adding and rescanning a connection: the subscription is the one the owner
// named (its tenant), then its managed applications of the offer become clusters.

interface ScanTarget {
  id: string;
  orgId: string;
  tenantId: string;
  subscriptionId: string;
}

function explain(error: unknown): never {
  if (error instanceof ArmFailure && (error.status === 403 || /authorization/i.test(error.code))) {
    throw new OperationFailure("AuthorizationFailed", `${t.noReader} (${error.code}: ${error.message})`);
  }
  throw error;
}

/** Fails the operation when Azure does not know the subscription or it is of another tenant. */
export async function checkSubscription(azure: AzureGateway, target: Pick<ScanTarget, "tenantId" | "subscriptionId">): Promise<void> {
  const sub = await readSubscription(azure.clientsFor(target.subscriptionId)).catch(explain);
  if (!sub) throw new OperationFailure("SubscriptionNotFound", t.notFound);
  if (sub.tenantId && sub.tenantId.toLowerCase() !== target.tenantId.toLowerCase()) {
    throw new OperationFailure("TenantMismatch", t.wrongTenant(sub.tenantId, target.tenantId));
  }
}

export interface DiscoveryResult {
  found: number;
  added: string[];
  removed: string[];
  returned: string[];
}

/**
 * Reads the subscription's managed applications and records the difference in one transaction:
 * new clusters Ready to initialize, vanished ones marked (never deleted), returned ones unmarked.
 * Running it again changes nothing, so a resumed operation may repeat it.
 */
export async function discoverClusters(db: Db, azure: AzureGateway, connection: ScanTarget, operationId: string): Promise<DiscoveryResult> {
  const apps = mendixApplications(await listManagedApplications(azure.clientsFor(connection.subscriptionId)).catch(explain));
  return db.$transaction(async (tx) => {
    const known = await tx.cluster.findMany({ where: { connectionId: connection.id }, select: { id: true, name: true, status: true, managedApplicationId: true, removedFromAzureAt: true } });
    const offboarded = new Set(known.filter((cluster) => cluster.status === "OFFBOARDED").map((cluster) => cluster.id));
    const diff = diffDiscovery(known, apps);
    const removed = diff.removed.filter((id) => !offboarded.has(id));
    const names = new Set((await tx.cluster.findMany({ where: { orgId: connection.orgId }, select: { name: true } })).map((cluster) => cluster.name));
    const nameOf = new Map(known.map((cluster) => [cluster.id, cluster.name]));
    const now = new Date();
    const added: string[] = [];
    for (const app of diff.added) {
      const name = clusterNameFor(app, connection.subscriptionId, names);
      names.add(name);
      const cluster = await tx.cluster.create({
        data: { orgId: connection.orgId, connectionId: connection.id, name, region: app.region, status: "READY_TO_INITIALIZE", managedApplicationId: app.managedApplicationId, managedResourceGroup: app.managedResourceGroup },
      });
      added.push(name);
      await recordAudit(tx, { orgId: connection.orgId, action: "cluster.discovered", targetType: "cluster", targetId: cluster.id, after: { name, managedApplicationId: app.managedApplicationId, managedResourceGroup: app.managedResourceGroup, status: "READY_TO_INITIALIZE", operationId } });
    }
    for (const id of removed) {
      await tx.cluster.update({ where: { id }, data: { removedFromAzureAt: now } });
      await recordAudit(tx, { orgId: connection.orgId, action: "cluster.removed-from-azure", targetType: "cluster", targetId: id, before: { removedFromAzure: false }, after: { removedFromAzure: true, operationId } });
    }
    for (const id of diff.returned) {
      await tx.cluster.update({ where: { id }, data: { removedFromAzureAt: null } });
      await recordAudit(tx, { orgId: connection.orgId, action: "cluster.returned-to-azure", targetType: "cluster", targetId: id, before: { removedFromAzure: true }, after: { removedFromAzure: false, operationId } });
    }
    await tx.azureConnection.update({ where: { id: connection.id }, data: { lastScannedAt: now, ...(apps[0] ? { region: apps[0].region } : {}) } });
    return { found: diff.found, added, removed: removed.map((id) => nameOf.get(id)!), returned: diff.returned.map((id) => nameOf.get(id)!) };
  });
}
