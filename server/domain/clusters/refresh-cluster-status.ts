import "server-only";
import type PgBoss from "pg-boss";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { startOperation } from "../../jobs/enqueue";
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
  const running = await db.operation.findFirst({
    where: { clusterId, kind: refreshClusterStatusJob.name, status: { in: ["QUEUED", "RUNNING"] } },
  });
  if (running) return running;
  const operation = await startOperation(db, boss, refreshClusterStatusJob, actor, {
    kind: refreshClusterStatusJob.name,
    orgId: cluster.orgId,
    clusterId,
    targetType: "cluster",
    targetId: clusterId,
  });
  await recordAudit(db, { orgId: cluster.orgId, actor, action: "cluster.refresh-status", targetType: "cluster", targetId: clusterId });
  return operation;
}
