import "server-only";
import type PgBoss from "pg-boss";
import type { Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { AzureGateway } from "../../azure/gateway";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { claimAndStart } from "./settings-operation";
import { editRight, loadSettingsContext } from "./settings-context";

/** POST /clusters/{id}/recover: re-applies the desired settings to Azure as an operation (cluster manager+, with the Azure role). */
export async function recoverCluster(db: Db, boss: PgBoss, azure: AzureGateway, actor: Actor, clusterId: string) {
  const ctx = await loadSettingsContext(db, actor, clusterId);
  const right = await editRight(db, azure, actor, ctx, "recover:cluster");
  if (!right.ok) {
    await recordAudit(db, { orgId: ctx.cluster.orgId, actor, action: "cluster.recover.refused", targetType: "cluster", targetId: ctx.cluster.id, outcome: "DENIED", after: { reason: right.reason } });
    throw new AppError(right.code, right.reason);
  }
  const operation = await claimAndStart(db, boss, actor, {
    clusterId: ctx.cluster.id,
    orgId: ctx.cluster.orgId,
    expectedVersion: null,
    input: { mode: "recover", settings: ctx.desired, from: ctx.applied },
  });
  await recordAudit(db, { orgId: ctx.cluster.orgId, actor, action: "cluster.recover", targetType: "cluster", targetId: ctx.cluster.id, after: { operationId: operation.id } });
  return operation;
}
