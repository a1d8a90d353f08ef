import "server-only";
import type { ComplianceReport } from "@/lib/compliance";
import { assertCan, type Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { complianceCheckJob } from "../../jobs/compliance-check";
import { getCluster } from "../../store/clusters";
import { CHECKABLE_STATUSES } from "./compliance-check";

/** The last stored compliance report of a cluster (the result of its last finished check) and the check running now, if any. */
export async function getCompliance(db: Db, actor: Actor, clusterId: string) {
  const cluster = await getCluster(db, actor, clusterId);
  assertCan(actor, "read:cluster", cluster.orgId);
  const [last, running] = await Promise.all([
    db.operation.findFirst({ where: { clusterId: cluster.id, kind: complianceCheckJob.name, status: "SUCCEEDED" }, orderBy: { finishedAt: "desc" }, select: { id: true, result: true } }),
    db.operation.findFirst({ where: { clusterId: cluster.id, kind: complianceCheckJob.name, status: { in: ["QUEUED", "RUNNING"] } }, select: { id: true } }),
  ]);
  return {
    cluster,
    checkable: (CHECKABLE_STATUSES as readonly string[]).includes(cluster.status),
    report: (last?.result ?? null) as ComplianceReport | null,
    runningOperationId: running?.id ?? null,
  };
}
