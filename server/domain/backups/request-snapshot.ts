import "server-only";
import type PgBoss from "pg-boss";
import { z } from "zod";
import type { SnapshotKind } from "@/generated/prisma/enums";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { snapshotCreateJob } from "../../jobs/snapshot-create";
import { findBackupEnvironment, type BackupEnvironment } from "../../store/snapshots";
import { parseInput } from "../../validate";
import { zText } from "@/lib/text";
import { expiresAt, MAX_COMMENT, snapshotRefusal } from "./backup-rules";
import { refuseConflict } from "./refuse";
import { startSnapshotOperation } from "./snapshot-operation";

export const ZSnapshotRequest = z.object({
  comment: zText(MAX_COMMENT, { trim: true, tooLong: `A comment has at most ${MAX_COMMENT} characters.` }).optional(),
});

/**
 * Writes the Processing snapshot row and queues the job that takes it, in one transaction (a
 * snapshot is never left Processing without a job). Shared by users and the schedule.
 */
export function queueSnapshot(db: Db, boss: PgBoss, environment: BackupEnvironment, kind: SnapshotKind, actor: Actor | null, comment?: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const snapshot = await tx.snapshot.create({
      data: {
        orgId: environment.orgId,
        environmentId: environment.id,
        kind,
        comment: comment || null,
        packageName: environment.packageName,
        modelVersion: environment.modelVersion,
        createdById: actor?.userId ?? null,
        createdAt: now,
        expiresAt: expiresAt(kind, now),
      },
    });
    const operation = await startSnapshotOperation(tx, boss, snapshotCreateJob, actor, "snapshot.create", environment, snapshot.id);
    await recordAudit(tx, {
      orgId: environment.orgId,
      actor,
      actorKind: actor ? undefined : "SYSTEM",
      action: "snapshot.create",
      targetType: "environment",
      targetId: environment.id,
      after: { snapshotId: snapshot.id, kind, operationId: operation.id },
    });
    return { operation, snapshot };
  });
}

/** A snapshot on demand: managers and owners, not while the environment is being created or deployed. */
export async function requestSnapshot(db: Db, boss: PgBoss, actor: Actor, environmentId: string, input: unknown) {
  const environment = await findBackupEnvironment(db, actor, environmentId);
  assertCan(actor, "manage:backups", environment.orgId);
  const { comment } = parseInput(ZSnapshotRequest, input);
  const refusal = snapshotRefusal(environment.state);
  if (refusal) await refuseConflict(db, actor, { orgId: environment.orgId, environmentId: environment.id }, "snapshot.create", refusal);
  return queueSnapshot(db, boss, environment, "MANUAL", actor, comment);
}
