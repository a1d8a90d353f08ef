import "server-only";
import { randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import { Prisma } from "@/generated/prisma/client";
import { SETTINGS_API_MESSAGES } from "@/lib/messages-settings";
import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { startOperation } from "../../jobs/enqueue";
import { settingsApplyJob, type SettingsOperationInput } from "../../jobs/settings-apply";

// One settings change or Recover at a time per cluster: the cluster row is claimed with a
// conditional update (settingsOperationId null → the new operation's id), so of two concurrent
// requests exactly one wins; the other gets 409.

/** Frees the claim of an operation that has finished (a worker that died after the job ended). */
async function releaseStaleClaim(db: Db, clusterId: string) {
  const cluster = await db.cluster.findUniqueOrThrow({ where: { id: clusterId }, select: { settingsOperationId: true } });
  if (!cluster.settingsOperationId) return;
  const op = await db.operation.findUnique({ where: { id: cluster.settingsOperationId }, select: { status: true } });
  if (!op || op.status === "SUCCEEDED" || op.status === "FAILED" || op.status === "CANCELLED") {
    await db.cluster.updateMany({ where: { id: clusterId, settingsOperationId: cluster.settingsOperationId }, data: { settingsOperationId: null } });
  }
}

export interface ClaimInput {
  clusterId: string;
  orgId: string;
  /** The version the caller saw (If-Match); null = no check (Recover, tokens without If-Match). */
  expectedVersion: number | null;
  /** New desired settings (a change) or undefined (Recover keeps them). */
  desired?: Prisma.InputJsonValue;
  input: SettingsOperationInput;
  /** The id of the operation when it was chosen before (an approved request of the JIT plan). */
  operationId?: string;
}

/**
 * Claims the cluster and queues the apply job under the claimed id, in one transaction: a
 * concurrent request never sees a claim whose operation does not exist yet (it would take the
 * claim for a stale one and free it). Throws 409 when another change runs or the version moved.
 */
export async function claimAndStart(db: Db, boss: PgBoss, actor: Actor, claim: ClaimInput) {
  await releaseStaleClaim(db, claim.clusterId);
  const operationId = claim.operationId ?? randomUUID();
  return db.$transaction(async (tx) => {
    const claimed = await tx.cluster.updateMany({
      where: { id: claim.clusterId, settingsOperationId: null, ...(claim.expectedVersion !== null ? { settingsVersion: claim.expectedVersion } : {}) },
      data: {
        settingsOperationId: operationId,
        ...(claim.desired !== undefined ? { desiredSettings: claim.desired, settingsVersion: { increment: 1 } } : {}),
      },
    });
    if (claimed.count === 0) {
      const now = await tx.cluster.findUniqueOrThrow({ where: { id: claim.clusterId }, select: { settingsOperationId: true, settingsVersion: true } });
      if (now.settingsOperationId) throw new AppError("operation_running", SETTINGS_API_MESSAGES.operationRunning);
      throw new AppError("version_conflict", SETTINGS_API_MESSAGES.versionConflict);
    }
    // A job that cannot be queued rolls the claim back with it.
    return startOperation(tx, boss, settingsApplyJob, actor, {
      id: operationId,
      kind: claim.input.mode === "recover" ? "cluster.recover" : "cluster.settings-apply",
      orgId: claim.orgId,
      clusterId: claim.clusterId,
      targetType: "cluster",
      targetId: claim.clusterId,
      input: claim.input as unknown as Prisma.InputJsonValue,
    });
  });
}
