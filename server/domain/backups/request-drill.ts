import "server-only";
import type PgBoss from "pg-boss";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { snapshotDrillJob } from "../../jobs/snapshot-drill";
import { findSnapshot, type BackupEnvironment } from "../../store/snapshots";
import { refuseConflict } from "./refuse";
import { startSnapshotOperation } from "./snapshot-operation";

export async function queueDrill(db: Db, boss: PgBoss, environment: BackupEnvironment, snapshotId: string, actor: Actor | null) {
  const operation = await startSnapshotOperation(db, boss, snapshotDrillJob, actor, "snapshot.drill", environment, snapshotId);
  await recordAudit(db, { orgId: environment.orgId, actor, actorKind: actor ? undefined : "SYSTEM", action: "snapshot.drill", targetType: "snapshot", targetId: snapshotId, after: { operationId: operation.id } });
  return operation;
}

/** A restore drill on demand: the snapshot is restored into a scratch database and compared. */
export async function requestDrill(db: Db, boss: PgBoss, actor: Actor, environmentId: string, snapshotId: string) {
  const { environment, snapshot } = await findSnapshot(db, actor, environmentId, snapshotId);
  assertCan(actor, "manage:backups", environment.orgId);
  if (snapshot.status !== "FINISHED") await refuseConflict(db, actor, { orgId: environment.orgId, environmentId: environment.id }, "snapshot.drill", "Only finished snapshots can be verified.");
  return queueDrill(db, boss, environment, snapshot.id, actor);
}
