import "server-only";
import type { Readable } from "node:stream";
import type { Prisma } from "@/generated/prisma/client";
import { ArchiveRejected } from "../../backups/read-archive";
import { validateSnapshotArchive } from "../../backups/validate-archive";
import { recordAudit } from "../../audit/record";
import { env } from "../../env";
import { OperationFailure, runOperation } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";
import { dataTargetOf, loadBackupEnvironment, SNAPSHOT_CONTAINER, snapshotBlobPath } from "../../store/snapshots";

/** The limits an uploaded archive must keep, from configuration. */
export function archiveLimits() {
  const e = env();
  return { maxUnpackedBytes: e.BACKUP_MAX_UNPACKED_BYTES, maxRatio: e.BACKUP_MAX_COMPRESSION_RATIO };
}

/**
 * Validates an uploaded archive where it lies in storage (structure, paths, sizes, .metadata,
 * the dump's format and version, pg_restore can read it). Valid: Finished, with the sizes and
 * model version of its .metadata and the dump's tables (row counts unknown: -1). Invalid: Failed
 * with the reason.
 */
export async function runSnapshotValidation(ctx: JobContext, operationId: string) {
  const operation = await ctx.db.operation.findUniqueOrThrow({ where: { id: operationId } });
  const snapshotId = (operation.input as { snapshotId: string }).snapshotId;
  await runOperation(ctx.db, operationId, async (tracker) => {
    const snapshot = await ctx.db.snapshot.findUniqueOrThrow({ where: { id: snapshotId } });
    if (snapshot.status !== "PROCESSING") return { snapshotId };
    const environment = await loadBackupEnvironment(ctx.db, snapshot.environmentId);
    await tracker.plan(["Check the archive"]);
    try {
      let result: Awaited<ReturnType<typeof validateSnapshotArchive>> | undefined;
      await tracker.step("Check the archive", async () => {
        const storage = await ctx.dataPlane.storage(dataTargetOf(environment));
        const download = await storage.getContainerClient(SNAPSHOT_CONTAINER).getBlobClient(snapshotBlobPath(snapshot)).download();
        try {
          result = await validateSnapshotArchive(download.readableStreamBody as Readable, archiveLimits());
        } catch (error) {
          if (error instanceof ArchiveRejected) throw new OperationFailure("InvalidArchive", error.message);
          throw error;
        }
      });
      if (!result) throw new Error("The archive was not checked.");
      await ctx.db.snapshot.update({
        where: { id: snapshot.id },
        data: {
          status: "FINISHED",
          finishedAt: new Date(),
          modelVersion: result.metadata.modelVersion || null,
          databaseSize: BigInt(result.metadata.databaseSize),
          filesSize: BigInt(result.filesSize),
          manifest: Object.fromEntries(result.tables.map((table) => [table, -1])) as Prisma.InputJsonValue,
        },
      });
      return { snapshotId, tables: result.tables.length, files: result.fileCount };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await ctx.db.snapshot.update({ where: { id: snapshot.id }, data: { status: "FAILED", finishedAt: new Date(), error: { message } } });
      await recordAudit(ctx.db, { orgId: environment.orgId, actorKind: "SYSTEM", action: "snapshot.validate", targetType: "snapshot", targetId: snapshot.id, outcome: "FAILURE", after: { message } });
      throw error;
    }
  });
}
