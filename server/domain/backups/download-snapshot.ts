import "server-only";
import type { Readable } from "node:stream";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import type { EnvironmentDataPlane } from "../../environments/data-plane";
import { AppError } from "../../errors";
import { dataTargetOf, findSnapshot, SNAPSHOT_CONTAINER, snapshotBlobPath } from "../../store/snapshots";

/** How long a download link stays valid. */
export const DOWNLOAD_LINK_MINUTES = 60;

async function finishedSnapshot(db: Db, actor: Actor, environmentId: string, snapshotId: string) {
  const found = await findSnapshot(db, actor, environmentId, snapshotId);
  assertCan(actor, "read:snapshots", found.environment.orgId);
  if (found.snapshot.status !== "FINISHED") throw new AppError("conflict", "Only finished snapshots can be downloaded.");
  return found;
}

export function archiveFileName(environmentName: string, createdAt: Date): string {
  return `${environmentName}-${createdAt.toISOString().slice(0, 19).replace(/[-:T]/g, "")}.tar.gz`.replace(/[^A-Za-z0-9._-]/g, "_");
}

/** The archive as a stream from storage, for the portal to pass on without buffering it. */
export async function downloadSnapshot(db: Db, dataPlane: EnvironmentDataPlane, actor: Actor, environmentId: string, snapshotId: string) {
  const { environment, snapshot } = await finishedSnapshot(db, actor, environmentId, snapshotId);
  const storage = await dataPlane.storage(dataTargetOf(environment));
  const download = await storage.getContainerClient(SNAPSHOT_CONTAINER).getBlobClient(snapshot.blobPath ?? snapshotBlobPath(snapshot)).download();
  await recordAudit(db, { orgId: environment.orgId, actor, action: "snapshot.download", targetType: "snapshot", targetId: snapshot.id });
  return { stream: download.readableStreamBody as Readable, size: download.contentLength ?? null, fileName: archiveFileName(environment.name, snapshot.createdAt) };
}

/** A time-limited read-only URL (SAS) of the archive in the cluster's storage account. */
export async function snapshotDownloadLink(db: Db, dataPlane: EnvironmentDataPlane, actor: Actor, environmentId: string, snapshotId: string, now = new Date()) {
  const { environment, snapshot } = await finishedSnapshot(db, actor, environmentId, snapshotId);
  const expiresAt = new Date(now.getTime() + DOWNLOAD_LINK_MINUTES * 60_000);
  const url = await dataPlane.readUrl(dataTargetOf(environment), SNAPSHOT_CONTAINER, snapshot.blobPath ?? snapshotBlobPath(snapshot), expiresAt);
  await recordAudit(db, { orgId: environment.orgId, actor, action: "snapshot.download-link", targetType: "snapshot", targetId: snapshot.id, after: { expiresAt: expiresAt.toISOString() } });
  return { url, expiresAt: expiresAt.toISOString() };
}
