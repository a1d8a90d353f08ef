import "server-only";
import type PgBoss from "pg-boss";
import type { Prisma } from "@/generated/prisma/client";
import { complianceMessages as t } from "@/lib/messages-compliance";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { startOrJoinOperation } from "../../jobs/enqueue";
import { complianceCheckJob } from "../../jobs/compliance-check";
import { getCluster } from "../../store/clusters";

/** Clusters whose Azure resources exist to be checked. */
export const CHECKABLE_STATUSES = ["INITIALIZED", "UPDATING"] as const;

/**
 * POST /clusters/{id}/compliance/check: reads the cluster's live state from Azure again, as an
 * operation (one at a time per cluster; a second request joins the running one). Any member may.
 */
export async function requestComplianceCheck(db: Db, boss: PgBoss, actor: Actor, clusterId: string) {
  const cluster = await getCluster(db, actor, clusterId);
  assertCan(actor, "check:compliance", cluster.orgId);
  if (!(CHECKABLE_STATUSES as readonly string[]).includes(cluster.status)) throw new AppError("conflict", t.notInitialized);
  const { operation, joined } = await startOrJoinOperation(db, boss, complianceCheckJob, actor, {
    kind: complianceCheckJob.name,
    orgId: cluster.orgId,
    clusterId: cluster.id,
    targetType: "cluster",
    targetId: cluster.id,
    input: {} as Prisma.InputJsonValue,
    exclusiveKey: `${complianceCheckJob.name}:${cluster.id}`,
  });
  if (!joined) await recordAudit(db, { orgId: cluster.orgId, actor, action: "cluster.compliance-check", targetType: "cluster", targetId: cluster.id, after: { operationId: operation.id } });
  return operation;
}
