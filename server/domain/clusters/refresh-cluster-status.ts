import "server-only";
import type PgBoss from "pg-boss";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { startOrJoinOperation } from "../../jobs/enqueue";
import { refreshClusterStatusJob } from "../../jobs/refresh-cluster-status";
import { getCluster } from "../../store/clusters";

/**
 * Queues a re-read of every component of a cluster from Azure. Any member of the organisation
 * may ask; one refresh at a time per cluster (a second request joins the running one).
 */
export async function refreshClusterStatus(db: Db, boss: PgBoss, actor: Actor, clusterId: string) {
  const cluster = await getCluster(db, actor, clusterId);
  assertCan(actor, "read:cluster", cluster.orgId);
  if (cluster.components.length === 0) {
    throw new AppError("conflict", "This cluster has no Azure resources yet. Initialize it first.");
  }
  // The unique exclusive key makes concurrent requests join one operation (no read-then-write race).
  const { operation, joined } = await startOrJoinOperation(db, boss, refreshClusterStatusJob, actor, {
    kind: refreshClusterStatusJob.name,
    orgId: cluster.orgId,
    clusterId,
    targetType: "cluster",
    targetId: clusterId,
    exclusiveKey: `${refreshClusterStatusJob.name}:${clusterId}`,
  });
  if (!joined) await recordAudit(db, { orgId: cluster.orgId, actor, action: "cluster.refresh-status", targetType: "cluster", targetId: clusterId, after: { operationId: operation.id } });
  return operation;
}
