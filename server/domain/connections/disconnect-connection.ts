import "server-only";
import type PgBoss from "pg-boss";
import { connectionMessages as t } from "@/lib/messages-connections";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { startOrJoinOperation } from "../../jobs/enqueue";
import { connectionDisconnectJob } from "../../jobs/connection-disconnect";
import { connectionOperationKey, findOwnedConnection } from "./connection-access";
import { clustersInUse } from "./discovery";

/**
 * DELETE /connections/{id}: an owner disconnects a subscription. Refused (409) while a cluster of
 * it is initialized or being changed; the `connection.disconnect` operation checks again.
 */
export async function disconnectConnection(db: Db, boss: PgBoss, actor: Actor, connectionId: string) {
  const connection = await findOwnedConnection(db, actor, connectionId, "connection.disconnect");
  const refuse = async (error: AppError) => {
    await recordAudit(db, { orgId: connection.orgId, actor, action: "connection.disconnect.refused", targetType: "connection", targetId: connection.id, outcome: "DENIED", after: { reason: error.message } });
    throw error;
  };
  const all = await db.cluster.findMany({ where: { connectionId: connection.id }, select: { name: true, status: true }, orderBy: { name: "asc" } });
  const inUse = clustersInUse(all);
  if (inUse.length) return refuse(new AppError("conflict", t.inUse(inUse)));
  const { operation, joined } = await startOrJoinOperation(db, boss, connectionDisconnectJob, actor, {
    kind: connectionDisconnectJob.name,
    orgId: connection.orgId,
    targetType: "connection",
    targetId: connection.id,
    exclusiveKey: connectionOperationKey(connection.id),
  });
  if (joined && operation.kind !== connectionDisconnectJob.name) return refuse(new AppError("conflict", t.busy));
  if (!joined) {
    await recordAudit(db, {
      orgId: connection.orgId,
      actor,
      action: "connection.disconnect",
      targetType: "connection",
      targetId: connection.id,
      before: { subscriptionId: connection.subscriptionId, displayName: connection.displayName, clusters: all.map((c) => c.name) },
      after: { operationId: operation.id },
    });
  }
  return operation;
}
