import "server-only";
import type PgBoss from "pg-boss";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { snapshotDeleteJob } from "../../jobs/snapshot-delete";
import { findSnapshot } from "../../store/snapshots";
import { refuseConflict } from "./refuse";
import { startSnapshotOperation } from "./snapshot-operation";

/** Deletes a snapshot before it expires (managers and owners): the job removes the archive, then the row. */
export async function deleteSnapshot(db: Db, boss: PgBoss, actor: Actor, environmentId: string, snapshotId: string) {
  const { environment, snapshot } = await findSnapshot(db, actor, environmentId, snapshotId);
  assertCan(actor, "manage:backups", environment.orgId);
  if (snapshot.status === "PROCESSING") await refuseConflict(db, actor, { orgId: environment.orgId, environmentId: environment.id }, "snapshot.delete", "This snapshot is still being processed.");
  const restoring = await db.operation.count({ where: { kind: "snapshot.restore", status: { in: ["QUEUED", "RUNNING"] }, input: { path: ["snapshotId"], equals: snapshot.id } } });
  if (restoring) await refuseConflict(db, actor, { orgId: environment.orgId, environmentId: environment.id }, "snapshot.delete", "This snapshot is being restored.");
  const operation = await startSnapshotOperation(db, boss, snapshotDeleteJob, actor, "snapshot.delete", environment, snapshot.id);
  await recordAudit(db, { orgId: environment.orgId, actor, action: "snapshot.delete", targetType: "snapshot", targetId: snapshot.id, before: { kind: snapshot.kind, createdAt: snapshot.createdAt.toISOString() }, after: { operationId: operation.id } });
  return { operation };
}
