import "server-only";
import type PgBoss from "pg-boss";
import type { Db } from "../../db";
import { loadBackupEnvironment } from "../../store/snapshots";
import { queueDrill } from "./request-drill";

const DRILL_EVERY_DAYS = 7;
const BATCH = 200;

/** The weekly drill: each environment's newest finished snapshot not verified in the last week. */
export async function scheduleDrills(db: Db, boss: PgBoss, now = new Date()) {
  const since = new Date(now.getTime() - DRILL_EVERY_DAYS * 86_400_000);
  const newest = await db.snapshot.findMany({
    where: { status: "FINISHED" },
    distinct: ["environmentId"],
    orderBy: [{ environmentId: "asc" }, { createdAt: "desc" }],
    take: BATCH,
    select: { id: true, environmentId: true, verifiedAt: true },
  });
  const queued: string[] = [];
  for (const snapshot of newest) {
    if (snapshot.verifiedAt && snapshot.verifiedAt > since) continue;
    await queueDrill(db, boss, await loadBackupEnvironment(db, snapshot.environmentId), snapshot.id, null);
    queued.push(snapshot.id);
  }
  return queued;
}
