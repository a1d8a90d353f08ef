import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { updateNotices } from "@/lib/messages-updates";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { notifyUsers } from "../../store/notifications";
import { settleUpdateApprovals } from "./may-update-run";

/**
 * Records the outcome of a cluster update from its operation, once: the update becomes done or
 * failed, the cluster is back to Initialized, the organisation is told and the change audited.
 * Called by the job when its operation ends and by the scheduler for an update whose worker died
 * in between; does nothing while the operation still runs.
 */
export async function finishClusterUpdate(db: Db, updateId: string, now = new Date()): Promise<"SUCCEEDED" | "FAILED" | null> {
  const update = await db.clusterUpdate.findUniqueOrThrow({ where: { id: updateId }, include: { release: true, cluster: true } });
  if (update.status !== "IN_PROGRESS" || !update.operationId) return null;
  const operation = await db.operation.findUniqueOrThrow({ where: { id: update.operationId } });
  if (operation.status !== "SUCCEEDED" && operation.status !== "FAILED") return null;
  const status = operation.status;
  const error = (operation.error ?? null) as { code?: string; message?: string } | null;
  // One transaction: a reader that sees the update's outcome also sees its notices and audit entry,
  // and a worker that dies half-way leaves the update in progress for the scheduler to finish.
  return db.$transaction(async (tx) => {
    const claimed = await tx.clusterUpdate.updateMany({
      where: { id: update.id, status: "IN_PROGRESS" },
      data: { status, finishedAt: operation.finishedAt ?? now, error: status === "FAILED" && error ? error : Prisma.DbNull },
    });
    if (claimed.count === 0) return null;
    await settleUpdateApprovals(tx, update.id, status === "SUCCEEDED", status === "FAILED" && error ? error : undefined);
    await tx.cluster.updateMany({ where: { id: update.clusterId, status: "UPDATING" }, data: { status: "INITIALIZED" } });
    const { cluster, release } = update;
    const members = await tx.membership.findMany({ where: { orgId: cluster.orgId }, select: { userId: true }, take: 500 });
    await notifyUsers(tx, {
      userIds: members.map((member) => member.userId),
      kind: status === "SUCCEEDED" ? "update.succeeded" : "update.failed",
      message: status === "SUCCEEDED" ? updateNotices.succeeded(cluster.name, release.version) : updateNotices.failed(cluster.name, release.version, error?.message ?? "unknown error"),
    });
    const after = await tx.cluster.findUniqueOrThrow({ where: { id: cluster.id } });
    await recordAudit(tx, {
      orgId: cluster.orgId,
      actorKind: "SYSTEM",
      action: "cluster.update.finished",
      targetType: "cluster",
      targetId: cluster.id,
      outcome: status === "SUCCEEDED" ? "SUCCESS" : "FAILURE",
      before: (update.fromVersions ?? {}) as Prisma.InputJsonValue,
      after: { release: release.version, operationId: operation.id, kubernetes: after.kubernetesVersion, nodeImage: after.nodeImageVersion, operator: after.operatorVersion, agent: after.agentVersion, grafana: after.grafanaVersion, ...(error ? { error } : {}) },
    });
    return status;
  });
}
