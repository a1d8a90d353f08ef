import "server-only";
import { Readable, Transform } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type PgBoss from "pg-boss";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import type { EnvironmentDataPlane } from "../../environments/data-plane";
import { env } from "../../env";
import { AppError } from "../../errors";
import { snapshotValidateJob } from "../../jobs/snapshot-validate";
import { dataTargetOf, findBackupEnvironment, SNAPSHOT_CONTAINER, snapshotBlobPath } from "../../store/snapshots";
import { expiresAt } from "./backup-rules";
import { startSnapshotOperation } from "./snapshot-operation";

const GZIP_TYPES = new Set(["application/gzip", "application/x-gzip", "application/x-tar+gzip", "application/octet-stream"]);

/** Stops an upload larger than the limit (the archive itself may not exceed what it may unpack to). */
class SizeLimit extends Transform {
  bytes = 0;
  constructor(private readonly max: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void) {
    this.bytes += chunk.length;
    if (this.bytes > this.max) return callback(new AppError("invalid_input", "The upload is larger than a snapshot may be."));
    if (this.bytes === chunk.length && (chunk[0] !== 0x1f || (chunk.length > 1 && chunk[1] !== 0x8b)))
      return callback(new AppError("invalid_input", "The file is not a gzip file (.tar.gz)."));
    callback(null, chunk);
  }
}

/**
 * An uploaded archive: streamed into the cluster's storage account as an Uploaded snapshot in
 * Processing, then the validation job checks it before it can be restored. Nothing is restored
 * or written anywhere but storage. A body that is plainly no gzip file is refused at once (400).
 */
export async function uploadSnapshot(
  db: Db,
  boss: PgBoss,
  dataPlane: EnvironmentDataPlane,
  actor: Actor,
  environmentId: string,
  request: { body: WebReadableStream<Uint8Array> | null; contentType: string | null; comment?: string | null },
) {
  const environment = await findBackupEnvironment(db, actor, environmentId);
  assertCan(actor, "manage:backups", environment.orgId);
  const type = (request.contentType ?? "").split(";")[0].trim().toLowerCase();
  if (!GZIP_TYPES.has(type)) throw new AppError("invalid_input", "Send the snapshot archive as the body with Content-Type application/gzip.");
  if (!request.body) throw new AppError("invalid_input", "The upload is empty.");
  const comment = request.comment?.replace(/\0/g, "").trim().slice(0, 200) || null;

  const now = new Date();
  const snapshot = await db.snapshot.create({
    data: { orgId: environment.orgId, environmentId: environment.id, kind: "UPLOADED", comment, createdById: actor.userId, createdAt: now, expiresAt: expiresAt("UPLOADED", now) },
  });
  const limit = new SizeLimit(env().BACKUP_MAX_UNPACKED_BYTES);
  try {
    const storage = await dataPlane.storage(dataTargetOf(environment));
    const container = storage.getContainerClient(SNAPSHOT_CONTAINER);
    await container.createIfNotExists();
    const source = Readable.fromWeb(request.body);
    source.on("error", (error) => limit.destroy(error));
    await container.getBlockBlobClient(snapshotBlobPath(snapshot)).uploadStream(source.pipe(limit), 8 * 1024 * 1024, 2, {
      blobHTTPHeaders: { blobContentType: "application/gzip" },
    });
    if (limit.bytes === 0) throw new AppError("invalid_input", "The upload is empty.");
  } catch (error) {
    await db.snapshot.delete({ where: { id: snapshot.id } });
    await recordAudit(db, { orgId: environment.orgId, actor, action: "snapshot.upload", targetType: "environment", targetId: environment.id, outcome: "DENIED", after: { reason: (error as Error).message } });
    if (error instanceof AppError) throw error;
    throw new AppError("invalid_input", "The upload did not arrive completely.");
  }
  // The stored archive and the validation job are recorded together: never Processing without a job.
  const operation = await db.$transaction(async (tx) => {
    await tx.snapshot.update({ where: { id: snapshot.id }, data: { blobPath: snapshotBlobPath(snapshot), archiveSize: BigInt(limit.bytes) } });
    return startSnapshotOperation(tx, boss, snapshotValidateJob, actor, "snapshot.upload", environment, snapshot.id);
  }).catch(async (error: Error) => {
    await db.snapshot.update({ where: { id: snapshot.id }, data: { status: "FAILED", error: { code: "NotQueued", message: error.message } } });
    throw error;
  });
  await recordAudit(db, { orgId: environment.orgId, actor, action: "snapshot.upload", targetType: "environment", targetId: environment.id, after: { snapshotId: snapshot.id, bytes: limit.bytes, operationId: operation.id } });
  return { operation, snapshot };
}
