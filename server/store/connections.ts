import "server-only";
import type { z } from "zod";
import { CLUSTERS_PER_CONNECTION, type ZConnectionListQuery } from "@/lib/connections";
import type { Prisma } from "@/generated/prisma/client";
import type { DbOrTx } from "../db";

// Reads of Azure connections. Who may read them is decided by the caller (owners only,
// server/domain/connections/connection-access.ts); these functions take the organisation.

const connectionSelect = {
  id: true,
  orgId: true,
  tenantId: true,
  subscriptionId: true,
  displayName: true,
  region: true,
  lastScannedAt: true,
  createdAt: true,
  clusters: {
    where: { status: { not: "OFFBOARDED" } },
    select: { id: true, name: true, region: true, status: true, managedApplicationId: true, managedResourceGroup: true, removedFromAzureAt: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: CLUSTERS_PER_CONNECTION,
  },
  _count: { select: { clusters: { where: { status: { not: "OFFBOARDED" } } } } },
} satisfies Prisma.AzureConnectionSelect;

export type ConnectionDetail = Prisma.AzureConnectionGetPayload<{ select: typeof connectionSelect }>;

/** The organisations' connections with their clusters, a page at a time. */
export async function listConnections(db: DbOrTx, orgIds: string[], query: z.infer<typeof ZConnectionListQuery>) {
  const where = { orgId: { in: orgIds } };
  const [items, total] = await Promise.all([
    db.azureConnection.findMany({ where, select: connectionSelect, orderBy: [{ displayName: "asc" }, { id: "asc" }], skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    db.azureConnection.count({ where }),
  ]);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export function getConnection(db: DbOrTx, connectionId: string): Promise<ConnectionDetail | null> {
  return db.azureConnection.findUnique({ where: { id: connectionId }, select: connectionSelect });
}

/** A connection of the same subscription, in this organisation or another one. */
export function findSubscriptionConnection(db: DbOrTx, subscriptionId: string) {
  return db.azureConnection.findMany({ where: { subscriptionId: { equals: subscriptionId, mode: "insensitive" } }, select: { id: true, orgId: true } });
}

/** The JSON shape of a connection in /api/v1. */
export function connectionView(connection: ConnectionDetail) {
  return {
    id: connection.id,
    orgId: connection.orgId,
    tenantId: connection.tenantId,
    subscriptionId: connection.subscriptionId,
    displayName: connection.displayName,
    lastScannedAt: connection.lastScannedAt?.toISOString() ?? null,
    createdAt: connection.createdAt.toISOString(),
    clusterCount: connection._count.clusters,
    clusters: connection.clusters.map((cluster) => ({
      id: cluster.id,
      name: cluster.name,
      region: cluster.region,
      status: cluster.status,
      managedApplicationId: cluster.managedApplicationId,
      managedResourceGroup: cluster.managedResourceGroup,
      removedFromAzureAt: cluster.removedFromAzureAt?.toISOString() ?? null,
    })),
  };
}
