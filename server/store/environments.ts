import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { canSeeClusterStatus, type Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";
import { notFound } from "../errors";
import { clusterScope } from "./clusters";

// Environments as the acting user may see them: of their organisations' clusters only (for a
// member, initialized clusters only). Another organisation's environment is "not found".

const ZId = z.string().uuid();

export const ZEnvironmentListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type EnvironmentListQuery = z.infer<typeof ZEnvironmentListQuery>;

const environmentInclude = {
  cluster: { select: { id: true, name: true, orgId: true, status: true, managedResourceGroup: true, appDomain: true, connection: { select: { subscriptionId: true } } } },
  namespace: { select: { name: true } },
} satisfies Prisma.EnvironmentInclude;

export type EnvironmentRow = Prisma.EnvironmentGetPayload<{ include: typeof environmentInclude }>;

/** A cluster the actor may see, with what environments need of it. */
export async function findEnvironmentCluster(db: DbOrTx, actor: Actor, clusterId: string) {
  if (!ZId.safeParse(clusterId).success) throw notFound("Cluster");
  const cluster = await db.cluster.findFirst({
    where: { AND: [{ id: clusterId }, clusterScope(actor)] },
    include: { namespace: true, connection: { select: { subscriptionId: true } } },
  });
  if (!cluster || !canSeeClusterStatus(actor, cluster.orgId, cluster.status)) throw notFound("Cluster");
  return cluster;
}

export async function findEnvironment(db: DbOrTx, actor: Actor, environmentId: string): Promise<EnvironmentRow> {
  if (!ZId.safeParse(environmentId).success) throw notFound("Environment");
  const environment = await db.environment.findFirst({ where: { id: environmentId, cluster: clusterScope(actor) }, include: environmentInclude });
  if (!environment || !canSeeClusterStatus(actor, environment.cluster.orgId, environment.cluster.status)) throw notFound("Environment");
  return environment;
}

/** One page of a cluster's environments, by name. */
export async function listEnvironments(db: DbOrTx, actor: Actor, clusterId: string, query: EnvironmentListQuery) {
  const cluster = await findEnvironmentCluster(db, actor, clusterId);
  const where = { clusterId: cluster.id };
  const [items, total] = await Promise.all([
    db.environment.findMany({ where, include: environmentInclude, orderBy: { name: "asc" }, skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    db.environment.count({ where }),
  ]);
  return { cluster, items, total, page: query.page, pageSize: query.pageSize };
}

/** The latest operations of an environment the actor may see (checked by findEnvironment first). */
export async function listEnvironmentOperations(db: DbOrTx, environment: { id: string; orgId: string }, take = 5) {
  return db.operation.findMany({
    where: { environmentId: environment.id, orgId: environment.orgId },
    orderBy: { createdAt: "desc" },
    take,
    include: { requestedBy: { select: { name: true } } },
  });
}

/** What decides whether the organisation may create another environment (trial, tokens, count). */
export async function orgEntitlementFacts(db: DbOrTx, orgId: string) {
  const [org, environments] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { trialEndsAt: true, cloudTokens: true } }),
    db.environment.count({ where: { orgId } }),
  ]);
  return { ...org, environments };
}

/** The latest environment operations of a cluster the actor may see (checked by findEnvironmentCluster first). */
export async function listClusterEnvironmentOperations(db: DbOrTx, cluster: { id: string; orgId: string }, take = 5) {
  return db.operation.findMany({
    where: { clusterId: cluster.id, orgId: cluster.orgId, kind: { startsWith: "environment." } },
    orderBy: { createdAt: "desc" },
    take,
    include: { requestedBy: { select: { name: true } } },
  });
}
