import "server-only";
import type { Prisma, Snapshot } from "@/generated/prisma/client";
import { recordAudit } from "../../audit/record";
import { runOperation, type StepTracker } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";
import { loadBackupEnvironment, type BackupEnvironment } from "../../store/snapshots";

/**
 * The frame of a job that finishes a Processing snapshot (take one, check an upload): runs the
 * operation's steps once the snapshot is still Processing; a failure marks the snapshot Failed
 * with the reason and records it in the audit log as `action`, then fails the operation.
 */
export async function withProcessingSnapshot(
  ctx: JobContext,
  operationId: string,
  action: string,
  body: (tracker: StepTracker, snapshot: Snapshot, environment: BackupEnvironment) => Promise<Prisma.InputJsonValue>,
) {
  const operation = await ctx.db.operation.findUniqueOrThrow({ where: { id: operationId } });
  const snapshotId = (operation.input as { snapshotId: string }).snapshotId;
  await runOperation(ctx.db, operationId, async (tracker) => {
    const snapshot = await ctx.db.snapshot.findUniqueOrThrow({ where: { id: snapshotId } });
    if (snapshot.status !== "PROCESSING") return { snapshotId };
    const environment = await loadBackupEnvironment(ctx.db, snapshot.environmentId);
    try {
      return await body(tracker, snapshot, environment);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await ctx.db.snapshot.update({ where: { id: snapshot.id }, data: { status: "FAILED", finishedAt: new Date(), error: { message } } });
      await recordAudit(ctx.db, { orgId: environment.orgId, actorKind: "SYSTEM", action, targetType: "snapshot", targetId: snapshot.id, outcome: "FAILURE", after: { message } });
      throw error;
    }
  });
}
