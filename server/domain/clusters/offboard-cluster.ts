import "server-only";
import type PgBoss from "pg-boss";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { offboardingMessages as t } from "@/lib/messages-offboarding";
import { canOffboardFrom } from "@/lib/offboarding";
import { zText } from "@/lib/text";
import { can, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { startOperation } from "../../jobs/enqueue";
import { clusterOffboardJob } from "../../jobs/cluster-offboard";
import { parseInput } from "../../validate";
import type { OffboardOperationInput } from "./run-offboarding";
import { findOrgCluster } from "./run-preflight";

export const ZOffboardInput = z.object({ confirmName: zText(100) });

/**
 * POST /clusters/{id}/offboard: owner only; the cluster's name typed to confirm. Moves the cluster
 * to Off-boarding and queues the `cluster.offboard` job, which deletes its Azure resources, the
 * provider's access, its tickets and finally its registration.
 */
export async function offboardCluster(db: Db, boss: PgBoss, actor: Actor, clusterId: string, input: unknown) {
  const cluster = await findOrgCluster(db, actor, clusterId);
  const refuse = async (error: AppError) => {
    await recordAudit(db, { orgId: cluster.orgId, actor, action: "cluster.offboard.refused", targetType: "cluster", targetId: cluster.id, outcome: "DENIED", after: { reason: error.message } });
    throw error;
  };
  if (!can(actor, "offboard:cluster", cluster.orgId)) return refuse(new AppError("forbidden", t.ownerOnly));
  const { confirmName } = parseInput(ZOffboardInput, input);
  if (confirmName !== cluster.name) return refuse(new AppError("invalid_input", t.wrongName, { confirmName: [t.wrongNameField(cluster.name)] }));
  if (!canOffboardFrom(cluster.status)) return refuse(new AppError("conflict", t.notNow));

  // Claim the cluster: of two simultaneous requests exactly one moves it to Off-boarding.
  const claimed = await db.cluster.updateMany({ where: { id: cluster.id, status: cluster.status, settingsOperationId: null }, data: { status: "OFFBOARDING" } });
  if (claimed.count === 0) return refuse(new AppError("conflict", t.notNow));
  const operationInput: OffboardOperationInput = { from: cluster.status };
  try {
    const operation = await startOperation(db, boss, clusterOffboardJob, actor, {
      kind: clusterOffboardJob.name,
      orgId: cluster.orgId,
      clusterId: cluster.id,
      targetType: "cluster",
      targetId: cluster.id,
      input: operationInput as unknown as Prisma.InputJsonValue,
    });
    await recordAudit(db, {
      orgId: cluster.orgId,
      actor,
      action: "cluster.offboard",
      targetType: "cluster",
      targetId: cluster.id,
      before: { status: cluster.status, managedResourceGroup: cluster.managedResourceGroup },
      after: { status: "OFFBOARDING", operationId: operation.id },
    });
    return operation;
  } catch (error) {
    await db.cluster.update({ where: { id: cluster.id }, data: { status: cluster.status } });
    throw error;
  }
}
