import "server-only";
import type { Readable } from "node:stream";
import { Client } from "pg";
import { checkRestored } from "../../backups/restore-archive";
import { feedProcess } from "../../backups/feed-process";
import { pgRestore } from "../../backups/pg-tools";
import { readSnapshotArchive } from "../../backups/read-archive";
import { recordAudit } from "../../audit/record";
import { roleNameFor } from "../../environments/data-plane-names";
import { runOperation } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";
import { notifyUsers } from "../../store/notifications";
import { dataTargetOf, loadBackupEnvironment, SNAPSHOT_CONTAINER, snapshotBlobPath } from "../../store/snapshots";
import { openAutomaticTicket } from "../support/open-automatic-ticket";
import { archiveLimits } from "./run-snapshot-validation";

/** The scratch database of a drill: beside the environment's, never one of its generations. */
export function drillDatabaseName(databaseName: string): string {
  return `${roleNameFor(databaseName).slice(0, 45)}__drill`;
}

/**
 * A restore drill: the snapshot's dump goes into a scratch database, its tables and row counts
 * are compared with what was dumped, and its files are counted against .metadata; then the
 * scratch database is dropped. Success marks the snapshot Verified; failure records why,
 * opens a support ticket and tells the cluster's managers.
 */
export async function runDrill(ctx: JobContext, operationId: string) {
  const operation = await ctx.db.operation.findUniqueOrThrow({ where: { id: operationId } });
  const snapshotId = (operation.input as { snapshotId: string }).snapshotId;
  await runOperation(ctx.db, operationId, async (tracker) => {
    const snapshot = await ctx.db.snapshot.findUniqueOrThrow({ where: { id: snapshotId } });
    const environment = await loadBackupEnvironment(ctx.db, snapshot.environmentId);
    const target = dataTargetOf(environment);
    const scratch = drillDatabaseName(environment.databaseName);
    const problems: string[] = [];
    await tracker.plan(["Restore into a scratch database", "Compare with the snapshot"]);
    try {
      await tracker.step("Restore into a scratch database", async () => {
        await ctx.dataPlane.createDatabase(target, scratch);
        const storage = await ctx.dataPlane.storage(target);
        const download = await storage.getContainerClient(SNAPSHOT_CONTAINER).getBlobClient(snapshot.blobPath ?? snapshotBlobPath(snapshot)).download();
        const read = await readSnapshotArchive(
          download.readableStreamBody as Readable,
          {
            dump: async (stream) => feedProcess(stream, pgRestore(await ctx.dataPlane.endpoint(target, scratch), roleNameFor(environment.databaseName))),
            async file(_id, _size, stream) {
              stream.resume();
              await new Promise((resolve, reject) => stream.once("end", resolve).once("error", reject));
            },
          },
          archiveLimits(),
        );
        if (String(read.filesSize) !== read.metadata.filesSize) problems.push(`the files add up to ${read.filesSize} bytes, .metadata says ${read.metadata.filesSize}`);
      });
      await tracker.step("Compare with the snapshot", async () => {
        const client = new Client(await ctx.dataPlane.endpoint(target, scratch));
        await client.connect();
        try {
          problems.push(...(await checkRestored(client, snapshot.manifest as Record<string, number> | null)).problems);
        } finally {
          await client.end().catch(() => undefined);
        }
      });
    } catch (error) {
      problems.push((error as Error).message);
    } finally {
      await ctx.dataPlane.dropDatabase(target, scratch).catch(() => undefined);
    }
    const at = new Date();
    const ok = problems.length === 0;
    const message = ok ? "Tables and row counts match the snapshot." : problems.slice(0, 5).join("; ");
    await ctx.db.snapshot.update({ where: { id: snapshot.id }, data: { drill: { ok, at: at.toISOString(), message }, ...(ok ? { verifiedAt: at } : {}) } });
    await recordAudit(ctx.db, { orgId: environment.orgId, actorKind: "SYSTEM", action: "snapshot.drill", targetType: "snapshot", targetId: snapshot.id, outcome: ok ? "SUCCESS" : "FAILURE", after: { message } });
    if (!ok) {
      const ticket = await openAutomaticTicket(ctx.db, {
        clusterId: environment.clusterId,
        subject: `Restore drill failed for a snapshot of ${environment.name}`,
        description: `The restore drill of snapshot ${snapshot.id} (taken ${snapshot.createdAt.toISOString()}) failed: ${message}`,
      });
      const managers = await ctx.db.membership.findMany({ where: { orgId: environment.orgId, role: "MANAGER" }, select: { userId: true } });
      await notifyUsers(ctx.db, {
        userIds: managers.map((m) => m.userId),
        ticketId: ticket.id,
        kind: "snapshot.drill-failed",
        message: `The restore drill of a snapshot of ${environment.name} failed: ${message}`,
      });
    }
    return { snapshotId, ok, message };
  });
}
