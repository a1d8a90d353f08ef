import "server-only";
import type PgBoss from "pg-boss";
import { z } from "zod";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { generationOf, nextGeneration } from "../../environments/data-plane-names";
import { startOperation } from "../../jobs/enqueue";
import { snapshotRestoreJob } from "../../jobs/snapshot-restore";
import { findBackupEnvironment } from "../../store/snapshots";
import { parseInput } from "../../validate";
import { restoreRefusal } from "./backup-rules";
import { refuseConflict } from "./refuse";
import type { RestoreInput } from "./run-restore";

export const ZRestoreRequest = z.object({
  /** Restores although the snapshot's model version differs from the environment's. */
  confirmModelVersion: z.boolean().optional(),
});

/** True when the snapshot would put data of another model version into the environment. */
export function modelVersionDiffers(snapshot: { modelVersion: string | null }, environment: { modelVersion: string | null }): boolean {
  return (snapshot.modelVersion ?? "") !== (environment.modelVersion ?? "");
}

/**
 * Restores a snapshot of the same cluster into a stopped environment: needs the rights to manage
 * backups and to stop the app; 409 while it runs, and until confirmed when the model version
 * differs. The environment moves to Restoring (so nothing starts it meanwhile) and the job
 * restores into new names, checks, and swaps.
 */
export async function restoreSnapshot(db: Db, boss: PgBoss, actor: Actor, environmentId: string, snapshotId: string, input: unknown) {
  const environment = await findBackupEnvironment(db, actor, environmentId);
  assertCan(actor, "manage:backups", environment.orgId);
  assertCan(actor, "manage:environments", environment.orgId);
  const { confirmModelVersion } = parseInput(ZRestoreRequest, input);
  if (!z.string().uuid().safeParse(snapshotId).success) throw new AppError("not_found", "Snapshot not found.");
  const snapshot = await db.snapshot.findFirst({ where: { id: snapshotId, orgId: environment.orgId, environment: { clusterId: environment.clusterId } } });
  if (!snapshot) throw new AppError("not_found", "Snapshot not found.");
  const refused = (reason: string) => refuseConflict(db, actor, { orgId: environment.orgId, environmentId: environment.id }, "snapshot.restore", reason);
  if (snapshot.status !== "FINISHED") await refused("Only finished snapshots can be restored.");
  const stateRefusal = restoreRefusal(environment.state);
  if (stateRefusal) await refused(stateRefusal);
  if (modelVersionDiffers(snapshot, environment) && !confirmModelVersion)
    await refused(`The snapshot has model version ${snapshot.modelVersion ?? "unknown"}, the environment ${environment.modelVersion ?? "unknown"}. Confirm to restore anyway.`);

  const restore: RestoreInput = {
    snapshotId: snapshot.id,
    from: { databaseName: environment.databaseName, filesContainer: environment.filesContainer },
    to: nextGeneration(environment, generationOf(environment.databaseName) + 1),
  };
  // Claim the stopped environment (of two simultaneous restores, or a start, exactly one wins),
  // queue and audit in one transaction: a claim never outlives a failed queueing.
  const operation = await db.$transaction(async (tx) => {
    const claimed = await tx.environment.updateMany({ where: { id: environment.id, state: "STOPPED", databaseName: environment.databaseName }, data: { state: "RESTORING" } });
    if (claimed.count === 0) return null;
    const started = await startOperation(tx, boss, snapshotRestoreJob, actor, {
      kind: "snapshot.restore",
      orgId: environment.orgId,
      clusterId: environment.clusterId,
      environmentId: environment.id,
      targetType: "environment",
      targetId: environment.id,
      input: restore as never,
    });
    await recordAudit(tx, {
      orgId: environment.orgId,
      actor,
      action: "snapshot.restore",
      targetType: "environment",
      targetId: environment.id,
      before: { state: "STOPPED", databaseName: restore.from.databaseName },
      after: { state: "RESTORING", snapshotId: snapshot.id, operationId: started.id, modelVersionConfirmed: confirmModelVersion ?? false },
    });
    return started;
  });
  if (!operation) return refused("The environment changed meanwhile; it must be stopped to restore a snapshot.");
  return { operation, snapshot };
}
