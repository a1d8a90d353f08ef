import "server-only";
import type { Readable } from "node:stream";
import type { Prisma } from "@/generated/prisma/client";
import { ArchiveRejected } from "../../backups/read-archive";
import { validateSnapshotArchive } from "../../backups/validate-archive";
import { env } from "../../env";
import { OperationFailure } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";
import { dataTargetOf, SNAPSHOT_CONTAINER, snapshotBlobPath } from "../../store/snapshots";
import { withProcessingSnapshot } from "./processing-snapshot";

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
  await withProcessingSnapshot(ctx, operationId, "snapshot.validate", async (tracker, snapshot, environment) => {
    await tracker.plan(["Check the archive"]);
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
    return { snapshotId: snapshot.id, tables: result.tables.length, files: result.fileCount };
  });
}
