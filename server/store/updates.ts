import "server-only";
import { z } from "zod";
import type { ClusterUpdateStatus } from "@/generated/prisma/enums";
import type { ComponentVersions } from "@/lib/releases";
import { assertStaff, type Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";
import { getCluster } from "./clusters";

const ROWS_PER_RELEASE = 50;

export const ZReleaseListQuery = z.object({ page: z.coerce.number().int().min(1).max(1000).default(1) });

/** The rollouts for platform admins, newest first: per release the counts by status and the clusters' rows. */
export async function listReleasesForAdmin(db: DbOrTx, actor: Actor, query: z.infer<typeof ZReleaseListQuery>, pageSize = 10) {
  assertStaff(actor, "manage:releases");
  const [total, releases] = await Promise.all([
    db.release.count(),
    db.release.findMany({
      orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      skip: (query.page - 1) * pageSize,
      take: pageSize,
      include: {
        updates: {
          orderBy: [{ wave: "asc" }, { scheduledFor: "asc" }],
          take: ROWS_PER_RELEASE,
          include: { cluster: { select: { name: true, org: { select: { name: true } } } } },
        },
      },
    }),
  ]);
  const counts = await db.clusterUpdate.groupBy({ by: ["releaseId", "status"], where: { releaseId: { in: releases.map((release) => release.id) } }, _count: { _all: true } });
  return {
    total,
    items: releases.map((release) => ({
      ...release,
      components: release.components as ComponentVersions,
      counts: Object.fromEntries(counts.filter((row) => row.releaseId === release.id).map((row) => [row.status, row._count._all])) as Partial<Record<ClusterUpdateStatus, number>>,
      totalUpdates: counts.filter((row) => row.releaseId === release.id).reduce((sum, row) => sum + row._count._all, 0),
    })),
  };
}

/** Initialized clusters an admin may put in a first wave. */
export async function listClustersForRollout(db: DbOrTx, actor: Actor) {
  assertStaff(actor, "manage:releases");
  return db.cluster.findMany({
    where: { status: { in: ["INITIALIZED", "UPDATING"] }, offboardedAt: null },
    orderBy: [{ org: { name: "asc" } }, { name: "asc" }],
    take: 200,
    select: { id: true, name: true, maintenanceWindow: true, org: { select: { name: true } } },
  });
}

/** One cluster's updates for its organisation (another organisation's cluster is not found): what is coming and what ran. */
export async function clusterUpdatesFor(db: DbOrTx, actor: Actor, clusterId: string) {
  const cluster = await getCluster(db, actor, clusterId);
  const include = { release: { select: { version: true, kind: true, components: true, purpose: true, notes: true } } } as const;
  const [upcoming, history, org] = await Promise.all([
    db.clusterUpdate.findMany({ where: { clusterId: cluster.id, status: { in: ["SCHEDULED", "IN_PROGRESS"] }, release: { status: "ROLLING_OUT" } }, orderBy: { scheduledFor: "asc" }, take: 10, include }),
    db.clusterUpdate.findMany({ where: { clusterId: cluster.id, status: { in: ["SUCCEEDED", "FAILED", "SKIPPED"] } }, orderBy: [{ finishedAt: { sort: "desc", nulls: "last" } }, { scheduledFor: "desc" }], take: 50, include }),
    db.organization.findUniqueOrThrow({ where: { id: cluster.orgId }, select: { timeZone: true } }),
  ]);
  return { cluster, upcoming, history, orgTimeZone: org.timeZone };
}
