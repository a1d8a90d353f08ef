import "server-only";
import { recordAudit } from "../../audit/record";
import type { JobContext } from "../../jobs/types";
import { dataTargetOf, loadBackupEnvironment } from "../../store/snapshots";
import { removeSnapshot } from "./remove-snapshot";

const BATCH = 200;

/**
 * The retention job: deletes every snapshot whose expiry passed (archive, then row), and the
 * data a restore replaced once its undo period is over. Returns what it removed.
 */
export async function applyRetention(ctx: JobContext, now = new Date()) {
  const seen: string[] = [];
  const removed: string[] = [];
  for (;;) {
    const expired = await ctx.db.snapshot.findMany({
      where: { expiresAt: { lte: now }, status: { not: "PROCESSING" }, id: { notIn: seen } },
      orderBy: { expiresAt: "asc" },
      take: BATCH,
      select: { id: true, orgId: true, environmentId: true, kind: true, expiresAt: true },
    });
    if (expired.length === 0) break;
    for (const snapshot of expired) {
      try {
        await removeSnapshot(ctx.db, ctx.dataPlane, snapshot.id);
        removed.push(snapshot.id);
        await recordAudit(ctx.db, { orgId: snapshot.orgId, actorKind: "SYSTEM", action: "snapshot.expire", targetType: "snapshot", targetId: snapshot.id, before: { kind: snapshot.kind, expiresAt: snapshot.expiresAt?.toISOString() ?? null } });
      } catch (error) {
        ctx.log("snapshot retention failed", { snapshotId: snapshot.id, error: (error as Error).message });
      }
      seen.push(snapshot.id);
    }
    if (expired.length < BATCH) break;
  }
  const retired = await ctx.db.retiredEnvironmentData.findMany({ where: { dropAfter: { lte: now } }, take: BATCH });
  for (const data of retired) {
    try {
      const environment = await loadBackupEnvironment(ctx.db, data.environmentId);
      const target = { ...dataTargetOf(environment), databaseName: data.databaseName, filesContainer: data.filesContainer };
      await ctx.dataPlane.dropDatabase(target, data.databaseName);
      await (await ctx.dataPlane.files(target)).deleteIfExists();
      await ctx.db.retiredEnvironmentData.delete({ where: { id: data.id } });
    } catch (error) {
      ctx.log("dropping retired data failed", { id: data.id, error: (error as Error).message });
    }
  }
  return { snapshots: removed, retired: retired.length };
}
