import "server-only";
import type { Db } from "../../db";
import type { EnvironmentDataPlane } from "../../environments/data-plane";
import { dataTargetOf, loadBackupEnvironment, SNAPSHOT_CONTAINER, snapshotBlobPath } from "../../store/snapshots";

/** Removes a snapshot's archive from storage, then its row; both "already gone" are fine. */
export async function removeSnapshot(db: Db, dataPlane: EnvironmentDataPlane, snapshotId: string): Promise<boolean> {
  const snapshot = await db.snapshot.findUnique({ where: { id: snapshotId } });
  if (!snapshot) return false;
  const environment = await loadBackupEnvironment(db, snapshot.environmentId);
  const storage = await dataPlane.storage(dataTargetOf(environment));
  await storage.getContainerClient(SNAPSHOT_CONTAINER).getBlobClient(snapshot.blobPath ?? snapshotBlobPath(snapshot)).deleteIfExists({ deleteSnapshots: "include" });
  await db.snapshot.deleteMany({ where: { id: snapshotId } });
  return true;
}
