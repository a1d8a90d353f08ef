import "server-only";
import type PgBoss from "pg-boss";
import { connectionMessages as t } from "@/lib/messages-connections";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { startOrJoinOperation } from "../../jobs/enqueue";
import { connectionRescanJob } from "../../jobs/connection-rescan";
import { connectionOperationKey, findOwnedConnection } from "./connection-access";

/** POST /connections/{id}/rescan: an owner looks for new and removed managed applications. */
export async function rescanConnection(db: Db, boss: PgBoss, actor: Actor, connectionId: string) {
  const connection = await findOwnedConnection(db, actor, connectionId, "connection.rescan");
  const { operation, joined } = await startOrJoinOperation(db, boss, connectionRescanJob, actor, {
    kind: connectionRescanJob.name,
    orgId: connection.orgId,
    targetType: "connection",
    targetId: connection.id,
    exclusiveKey: connectionOperationKey(connection.id),
  });
  // A rescan already running answers for this request too; a disconnect running is another matter.
  if (joined && operation.kind !== connectionRescanJob.name) throw new AppError("conflict", t.busy);
  if (!joined) {
    await recordAudit(db, { orgId: connection.orgId, actor, action: "connection.rescan", targetType: "connection", targetId: connection.id, after: { subscriptionId: connection.subscriptionId, operationId: operation.id } });
  }
  return operation;
}
