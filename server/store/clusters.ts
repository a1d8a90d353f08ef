import "server-only";
import { z } from "zod";
import { escapeLike, zSearch } from "@/lib/text";
import type { ClusterStatus, Prisma } from "@/generated/prisma/client";
import { ClusterStatus as ClusterStatusValues } from "@/generated/prisma/enums";
import { canSeeClusterStatus, visibleClusterStatuses, type Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";
import { notFound } from "../errors";

export const ZClusterListQuery = z.object({
  orgId: z.string().uuid().optional(),
  status: z.enum(Object.values(ClusterStatusValues) as [ClusterStatus, ...ClusterStatus[]]).optional(),
  q: zSearch.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ClusterListQuery = z.infer<typeof ZClusterListQuery>;

/** The clusters an actor may see: their organisations only, and for members initialized ones only. */
export function clusterScope(actor: Actor, orgId?: string): Prisma.ClusterWhereInput {
  const orgs = actor.memberships.filter((membership) => !orgId || membership.orgId === orgId);
  if (orgs.length === 0) return { id: { in: [] } };
  return {
    status: { not: "OFFBOARDED" },
    OR: orgs.map((membership) => {
      const statuses = visibleClusterStatuses(actor, membership.orgId);
      return statuses === "all" ? { orgId: membership.orgId } : { orgId: membership.orgId, status: { in: statuses } };
    }),
  };
}

const listSelect = {
  id: true,
  orgId: true,
  name: true,
  region: true,
  status: true,
  kubernetesVersion: true,
  managedResourceGroup: true,
  updatedAt: true,
  createdAt: true,
  initializedAt: true,
  org: { select: { name: true } },
  connection: { select: { subscriptionId: true } },
  _count: { select: { environments: true } },
} satisfies Prisma.ClusterSelect;

export type ClusterListItem = Prisma.ClusterGetPayload<{ select: typeof listSelect }>;

export async function listClusters(db: DbOrTx, actor: Actor, query: ClusterListQuery) {
  const where: Prisma.ClusterWhereInput = {
    AND: [
      clusterScope(actor, query.orgId),
      query.status ? { status: query.status } : {},
      query.q ? { name: { contains: escapeLike(query.q), mode: "insensitive" } } : {},
    ],
  };
  const [items, counts, searched] = await Promise.all([
    db.cluster.findMany({
      where,
      select: listSelect,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db.cluster.groupBy({ by: ["status"], where: clusterScope(actor, query.orgId), _count: { _all: true } }),
    // The per-status counts give the total unless a name search narrows the list.
    query.q ? db.cluster.count({ where }) : null,
  ]);
  const statusCounts = Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<ClusterStatus, number>>;
  const total = searched ?? (query.status ? (statusCounts[query.status] ?? 0) : Object.values(statusCounts).reduce((sum, count) => sum + count, 0));
  return { items, total, page: query.page, pageSize: query.pageSize, statusCounts };
}

const detailInclude = {
  org: { select: { id: true, name: true, plan: true } },
  connection: { select: { tenantId: true, subscriptionId: true, region: true, displayName: true } },
  components: { orderBy: [{ kind: "asc" }, { name: "asc" }] },
  namespace: { select: { id: true, name: true } },
  environments: {
    orderBy: { name: "asc" },
    take: 50,
    select: { id: true, name: true, plan: true, instances: true, state: true, runtimeVersion: true, url: true, isProduction: true },
  },
  _count: { select: { environments: true, tickets: { where: { status: { in: ["OPEN", "ON_HOLD", "AWAITING_REPLY"] } } }, approvalRequests: { where: { state: "PENDING" } } } },
} satisfies Prisma.ClusterInclude;

export type ClusterDetail = Prisma.ClusterGetPayload<{ include: typeof detailInclude }>;

const ZId = z.string().uuid();

/** One cluster the actor may see, or not_found: another organisation's cluster does not exist for them. */
export async function getCluster(db: DbOrTx, actor: Actor, clusterId: string): Promise<ClusterDetail> {
  if (!ZId.safeParse(clusterId).success) throw notFound("Cluster");
  const cluster = await db.cluster.findFirst({ where: { AND: [{ id: clusterId }, clusterScope(actor)] }, include: detailInclude });
  if (!cluster || !canSeeClusterStatus(actor, cluster.orgId, cluster.status)) throw notFound("Cluster");
  return cluster;
}
