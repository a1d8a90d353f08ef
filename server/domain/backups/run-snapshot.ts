import "server-only";
import { Client } from "pg";
import type { Prisma } from "@/generated/prisma/client";
import { writeSnapshotArchive } from "../../backups/write-archive";
import { OperationFailure } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";
import { dataTargetOf, SNAPSHOT_CONTAINER, snapshotBlobPath } from "../../store/snapshots";
import { withProcessingSnapshot } from "./processing-snapshot";
import { snapshotRefusal } from "./backup-rules";

/**
 * Takes the snapshot of an operation: dumps the environment's database and copies its files
 * into one archive blob (streamed; see writeSnapshotArchive), then marks it Finished with its
 * sizes and table manifest. A failure marks the snapshot Failed with the reason. Re-running
 * writes the same blob again from the start.
 */
export async function runSnapshot(ctx: JobContext, operationId: string) {
  await withProcessingSnapshot(ctx, operationId, "snapshot.create", async (tracker, snapshot, environment) => {
    const refusal = snapshotRefusal(environment.state);
    if (refusal) throw new OperationFailure("EnvironmentBusy", refusal);
    const target = dataTargetOf(environment);
    await tracker.plan(["Dump database and copy files"]);
    let written: Awaited<ReturnType<typeof writeSnapshotArchive>> | undefined;
    await tracker.step("Dump database and copy files", async () => {
      // The snapshot container, the database connection and the files are prepared at once.
      const endpoint = await ctx.dataPlane.endpoint(target, target.databaseName);
      const client = new Client(endpoint);
      const [container, files] = await Promise.all([
        ctx.dataPlane.storage(target).then(async (storage) => {
          const created = storage.getContainerClient(SNAPSHOT_CONTAINER);
          await created.createIfNotExists();
          return created;
        }),
        ctx.dataPlane.files(target),
        client.connect(),
      ]).catch(async (error: unknown) => {
        await client.end().catch(() => undefined);
        throw error;
      });
      try {
        written = await writeSnapshotArchive({
          target: container.getBlockBlobClient(snapshotBlobPath(snapshot)),
          endpoint,
          client,
          files,
          modelVersion: snapshot.modelVersion,
        });
      } finally {
        await client.end().catch(() => undefined);
      }
    });
    if (!written) throw new Error("The archive was not written.");
    await ctx.db.snapshot.update({
      where: { id: snapshot.id },
      data: {
        status: "FINISHED",
        finishedAt: new Date(),
        blobPath: snapshotBlobPath(snapshot),
        archiveSize: BigInt(written.archiveSize),
        databaseSize: BigInt(written.databaseSize),
        filesSize: BigInt(written.filesSize),
        manifest: written.manifest as Prisma.InputJsonValue,
      },
    });
    ctx.log("snapshot finished", { snapshotId: snapshot.id, bytes: written.archiveSize, seconds: written.durationMs / 1000, stages: written.stages });
    return { snapshotId: snapshot.id, size: written.archiveSize, stages: written.stages };
  });
}
