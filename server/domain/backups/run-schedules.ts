import "server-only";
import type PgBoss from "pg-boss";
import { safeTimeZone } from "@/lib/format";
import type { Db } from "../../db";
import { loadBackupEnvironment } from "../../store/snapshots";
import { nextRunAt, runDay, scheduleApplies, scheduledKind } from "./backup-rules";
import { queueSnapshot } from "./request-snapshot";

const BATCH = 100;

/**
 * The schedule tick: every environment whose daily run is due gets its nightly, weekly or
 * monthly snapshot (by the organisation's calendar), if a package is deployed and it is not
 * busy; the next run is set either way. A schedule without a next run is only given one.
 */
export async function runDueSchedules(db: Db, boss: PgBoss, now = new Date()) {
  const started: string[] = [];
  // Every environment has a daily schedule (02:00 local by default); new ones get theirs here.
  const unscheduled = await db.environment.findMany({ where: { backupSchedule: null }, select: { id: true }, take: 500 });
  if (unscheduled.length) await db.backupSchedule.createMany({ data: unscheduled.map((e) => ({ environmentId: e.id })), skipDuplicates: true });
  const due = await db.backupSchedule.findMany({
    where: { enabled: true, OR: [{ nextRunAt: null }, { nextRunAt: { lte: now } }] },
    include: { environment: { select: { id: true, packageName: true, state: true, org: { select: { timeZone: true } } } } },
    orderBy: { nextRunAt: "asc" },
    take: BATCH,
  });
  for (const schedule of due) {
    const timeZone = safeTimeZone(schedule.environment.org.timeZone);
    const next = nextRunAt(now, schedule.hour, timeZone);
    // Claim this run: of two workers ticking at once exactly one moves nextRunAt.
    const claimed = await db.backupSchedule.updateMany({
      where: { id: schedule.id, nextRunAt: schedule.nextRunAt },
      data: { nextRunAt: next, ...(schedule.nextRunAt ? { lastRunAt: now } : {}) },
    });
    if (claimed.count === 0 || !schedule.nextRunAt || !scheduleApplies(schedule.environment)) continue;
    const environment = await loadBackupEnvironment(db, schedule.environmentId);
    const kind = scheduledKind(runDay(schedule.nextRunAt, timeZone));
    const { snapshot } = await queueSnapshot(db, boss, environment, kind, null, undefined, now);
    started.push(snapshot.id);
  }
  return started;
}
