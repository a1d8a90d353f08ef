import "server-only";
import type { Readable } from "node:stream";
import type { BlobDownloadResponseParsed, ContainerClient } from "@azure/storage-blob";
import { Client } from "pg";
import { restoreSnapshotArchive, checkRestored } from "../../backups/restore-archive";
import { recordAudit } from "../../audit/record";
import { roleNameFor } from "../../environments/data-plane-names";
import type { EnvironmentDataTarget } from "../../environments/data-plane";
import { isLeaseLost, OperationFailure, runOperation } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";
import { dataTargetOf, loadBackupEnvironment, SNAPSHOT_CONTAINER, snapshotBlobPath } from "../../store/snapshots";
import { RETIRED_DATA_DAYS } from "./backup-rules";
import { archiveLimits } from "./run-snapshot-validation";

export interface RestoreInput {
  snapshotId: string;
  /** The data being replaced and the fresh names the snapshot is restored into. */
  from: { databaseName: string; filesContainer: string };
  to: { databaseName: string; filesContainer: string };
}

const STEPS = ["Restore into a new database", "Check the restored data", "Switch the environment to the restored data"];

/**
 * Restores a snapshot without touching the environment's live data until the end: the archive
 * goes into a new database and a new files container; their tables and row counts are checked
 * against what was dumped; then one transaction points the environment at them (and keeps the
 * old data for RETIRED_DATA_DAYS). A failure, or a worker killed at any point before that
 * transaction, leaves the environment on its old data; the copy is dropped.
 */
export async function runRestore(ctx: JobContext, operationId: string) {
  const operation = await ctx.db.operation.findUniqueOrThrow({ where: { id: operationId } });
  const input = operation.input as unknown as RestoreInput;
  const environmentId = operation.environmentId!;
  await runOperation(ctx.db, operationId, async (tracker) => {
    const environment = await loadBackupEnvironment(ctx.db, environmentId);
    const snapshot = await ctx.db.snapshot.findUniqueOrThrow({ where: { id: input.snapshotId } });
    const base = dataTargetOf(environment);
    const live: EnvironmentDataTarget = { ...base, ...input.from };
    const fresh: EnvironmentDataTarget = { ...base, ...input.to };
    if (environment.databaseName === input.to.databaseName) return { environmentId, databaseName: input.to.databaseName }; // swapped before a crash
    await tracker.plan(STEPS);
    try {
      if (environment.state !== "RESTORING" || environment.databaseName !== input.from.databaseName)
        throw new OperationFailure("EnvironmentChanged", "The environment is no longer waiting for this restore.");
      const stages: Record<string, number> = {};
      await tracker.step(STEPS[0], async () => {
        const started = Date.now();
        // The new database, the new files container and the archive's download are prepared at once.
        const [created, cleared, opened] = await Promise.allSettled([
          ctx.dataPlane.createDatabase(live, fresh.databaseName),
          ctx.dataPlane.files(fresh).then(async (files) => (await files.deleteIfExists(), files)),
          ctx.dataPlane.storage(base).then((storage) => storage.getContainerClient(SNAPSHOT_CONTAINER).getBlobClient(snapshot.blobPath ?? snapshotBlobPath(snapshot)).download()),
        ]);
        const failed = [created, cleared, opened].find((result) => result.status === "rejected");
        if (failed) {
          if (opened.status === "fulfilled") (opened.value.readableStreamBody as Readable | undefined)?.destroy();
          throw failed.reason;
        }
        const files = (cleared as PromiseFulfilledResult<ContainerClient>).value;
        const download = (opened as PromiseFulfilledResult<BlobDownloadResponseParsed>).value;
        stages.prepare = Date.now() - started;
        const restored = await restoreSnapshotArchive({
          source: download.readableStreamBody as Readable,
          endpoint: await ctx.dataPlane.endpoint(base, fresh.databaseName),
          role: roleNameFor(live.databaseName),
          files,
          limits: archiveLimits(),
        });
        Object.assign(stages, restored.stages);
      });
      await tracker.step(STEPS[1], async () => {
        const client = new Client(await ctx.dataPlane.endpoint(base, fresh.databaseName));
        await client.connect();
        try {
          const check = await checkRestored(client, snapshot.manifest as Record<string, number> | null);
          if (check.problems.length) throw new OperationFailure("RestoreCheckFailed", `The restored data does not match the snapshot: ${check.problems.slice(0, 5).join("; ")}.`);
        } finally {
          await client.end().catch(() => undefined);
        }
      });
      await tracker.step(STEPS[2], async () => {
        await ctx.db.$transaction(async (tx) => {
          const swapped = await tx.environment.updateMany({
            where: { id: environmentId, state: "RESTORING", databaseName: input.from.databaseName },
            data: { state: "STOPPED", databaseName: input.to.databaseName, filesContainer: input.to.filesContainer },
          });
          if (swapped.count !== 1) throw new OperationFailure("EnvironmentChanged", "The environment changed during the restore.");
          await tx.retiredEnvironmentData.create({
            data: { environmentId, ...input.from, snapshotId: snapshot.id, dropAfter: new Date(Date.now() + RETIRED_DATA_DAYS * 86_400_000) },
          });
          await recordAudit(tx, {
            orgId: environment.orgId,
            actorKind: "SYSTEM",
            action: "snapshot.restore.swap",
            targetType: "environment",
            targetId: environmentId,
            before: { databaseName: input.from.databaseName, filesContainer: input.from.filesContainer },
            after: { databaseName: input.to.databaseName, filesContainer: input.to.filesContainer, snapshotId: snapshot.id, operationId },
          });
        });
      });
      return { environmentId, snapshotId: snapshot.id, databaseName: input.to.databaseName, stages };
    } catch (error) {
      // Another attempt owns the operation now: the copy and the environment are its to finish.
      if (isLeaseLost(error)) throw error;
      // Nothing of the environment changed: drop the copy, put the environment back to Stopped.
      await ctx.dataPlane.dropDatabase(live, fresh.databaseName).catch(() => undefined);
      await ctx.dataPlane
        .files(fresh)
        .then((files) => files.deleteIfExists())
        .catch(() => undefined);
      await ctx.db.environment.updateMany({ where: { id: environmentId, state: "RESTORING", databaseName: input.from.databaseName }, data: { state: "STOPPED" } });
      await recordAudit(ctx.db, { orgId: environment.orgId, actorKind: "SYSTEM", action: "snapshot.restore", targetType: "environment", targetId: environmentId, outcome: "FAILURE", after: { message: (error as Error).message, operationId } });
      throw error;
    }
  });
}
