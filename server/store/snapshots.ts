import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { assertCan, canSeeClusterStatus, type Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";
import { notFound } from "../errors";
import type { EnvironmentDataTarget } from "../environments/data-plane";
import { clusterScope } from "./clusters";

// Snapshots as the acting user may see them: of environments in their organisations' clusters.
// Another organisation's environment or snapshot is "not found".

const ZId = z.string().uuid();

export const ZSnapshotListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type SnapshotListQuery = z.infer<typeof ZSnapshotListQuery>;

const environmentInclude = {
  cluster: { select: { id: true, name: true, orgId: true, status: true, managedResourceGroup: true, connection: { select: { subscriptionId: true } } } },
} satisfies Prisma.EnvironmentInclude;

export type BackupEnvironment = Prisma.EnvironmentGetPayload<{ include: typeof environmentInclude }>;

/** The storage container of snapshot archives in each cluster's storage account. */
export const SNAPSHOT_CONTAINER = "snapshots";

export function snapshotBlobPath(snapshot: { environmentId: string; id: string }): string {
  return `${snapshot.environmentId}/${snapshot.id}.tar.gz`;
}

/** Where an environment's data lives, from its row. */
export function dataTargetOf(environment: BackupEnvironment): EnvironmentDataTarget {
  return {
    subscriptionId: environment.cluster.connection.subscriptionId,
    resourceGroup: environment.cluster.managedResourceGroup,
    clusterName: environment.cluster.name,
    databaseName: environment.databaseName,
    filesContainer: environment.filesContainer,
  };
}

export async function findBackupEnvironment(db: DbOrTx, actor: Actor, environmentId: string): Promise<BackupEnvironment> {
  if (!ZId.safeParse(environmentId).success) throw notFound("Environment");
  const environment = await db.environment.findFirst({ where: { id: environmentId, cluster: clusterScope(actor) }, include: environmentInclude });
  if (!environment || !canSeeClusterStatus(actor, environment.cluster.orgId, environment.cluster.status)) throw notFound("Environment");
  assertCan(actor, "read:snapshots", environment.orgId);
  return environment;
}

/** For jobs (no actor). */
export function loadBackupEnvironment(db: DbOrTx, environmentId: string): Promise<BackupEnvironment> {
  return db.environment.findUniqueOrThrow({ where: { id: environmentId }, include: environmentInclude });
}

export async function findSnapshot(db: DbOrTx, actor: Actor, environmentId: string, snapshotId: string) {
  const environment = await findBackupEnvironment(db, actor, environmentId);
  if (!ZId.safeParse(snapshotId).success) throw notFound("Snapshot");
  const snapshot = await db.snapshot.findFirst({ where: { id: snapshotId, environmentId: environment.id } });
  if (!snapshot) throw notFound("Snapshot");
  return { environment, snapshot };
}

export async function listSnapshots(db: DbOrTx, actor: Actor, environmentId: string, query: SnapshotListQuery) {
  const environment = await findBackupEnvironment(db, actor, environmentId);
  const where = { environmentId: environment.id };
  const [items, total] = await Promise.all([
    db.snapshot.findMany({ where, orderBy: { createdAt: "desc" }, skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    db.snapshot.count({ where }),
  ]);
  return { environment, items, total, page: query.page, pageSize: query.pageSize };
}

/** Sizes of the environment's last finished snapshots, oldest first (for the chart). */
export async function snapshotSizes(db: DbOrTx, environmentId: string, take = 60) {
  const rows = await db.snapshot.findMany({
    where: { environmentId, status: "FINISHED", archiveSize: { not: null } },
    orderBy: { createdAt: "desc" },
    take,
    select: { createdAt: true, archiveSize: true },
  });
  return rows.reverse().map((row) => ({ at: row.createdAt.toISOString(), bytes: Number(row.archiveSize) }));
}

/** Environments of a cluster for the picker (bounded). */
export function backupEnvironmentsOf(db: DbOrTx, clusterId: string, take = 100) {
  return db.environment.findMany({ where: { clusterId }, orderBy: { name: "asc" }, take, select: { id: true, name: true, state: true, modelVersion: true } });
}

type SnapshotRow = Prisma.SnapshotGetPayload<object>;

/** The API's view of a snapshot. */
export function snapshotView(snapshot: SnapshotRow) {
  const error = snapshot.error as { message?: string } | null;
  const drill = snapshot.drill as { ok?: boolean; at?: string; message?: string } | null;
  return {
    id: snapshot.id,
    environmentId: snapshot.environmentId,
    status: snapshot.status,
    kind: snapshot.kind,
    comment: snapshot.comment,
    packageName: snapshot.packageName,
    modelVersion: snapshot.modelVersion,
    databaseSize: snapshot.databaseSize === null ? null : Number(snapshot.databaseSize),
    filesSize: snapshot.filesSize === null ? null : Number(snapshot.filesSize),
    size: snapshot.archiveSize === null ? null : Number(snapshot.archiveSize),
    createdAt: snapshot.createdAt.toISOString(),
    finishedAt: snapshot.finishedAt?.toISOString() ?? null,
    expiresAt: snapshot.expiresAt?.toISOString() ?? null,
    verifiedAt: snapshot.verifiedAt?.toISOString() ?? null,
    drill: drill ? { ok: drill.ok === true, at: drill.at ?? null, message: drill.message ?? null } : null,
    error: error?.message ?? null,
  };
}

/** Recent snapshot operations of one environment (for the operations panel). */
export function listBackupOperations(db: DbOrTx, environment: { id: string; orgId: string }, take = 5) {
  return db.operation.findMany({
    where: { environmentId: environment.id, orgId: environment.orgId, kind: { startsWith: "snapshot." } },
    orderBy: { createdAt: "desc" },
    take,
    include: { requestedBy: { select: { name: true } } },
  });
}
