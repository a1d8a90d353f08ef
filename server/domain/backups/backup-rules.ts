import "server-only";
import type { EnvironmentState, SnapshotKind } from "@/generated/prisma/enums";
import { localDayOf, zonedInstant, type LocalDay } from "@/lib/time-zone";

// The rules of snapshots, schedules and retention (PRODUCT.md §6), pure so they are tested with a fake clock.

/** How long each kind of snapshot is kept. */
export const RETENTION: Record<SnapshotKind, { days?: number; months?: number; years?: number }> = {
  NIGHTLY: { days: 14 },
  WEEKLY: { months: 3 },
  MONTHLY: { years: 1 },
  MANUAL: { days: 14 },
  UPLOADED: { days: 14 },
};

/** Days a restore keeps the replaced database and files before the retention job drops them. */
export const RETIRED_DATA_DAYS = 7;

/** A comment on a snapshot: at most this long. */
export const MAX_COMMENT = 200;

export function expiresAt(kind: SnapshotKind, createdAt: Date): Date {
  const keep = RETENTION[kind];
  const at = new Date(createdAt);
  if (keep.days) at.setUTCDate(at.getUTCDate() + keep.days);
  if (keep.months) at.setUTCMonth(at.getUTCMonth() + keep.months);
  if (keep.years) at.setUTCFullYear(at.getUTCFullYear() + keep.years);
  return at;
}

export function isExpired(snapshot: { expiresAt: Date | null }, now: Date): boolean {
  return snapshot.expiresAt !== null && snapshot.expiresAt.getTime() <= now.getTime();
}

function weekday(day: LocalDay): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
}

/** The scheduled snapshot of a local day: monthly on the first Sunday, weekly on other Sundays, nightly otherwise. */
export function scheduledKind(day: LocalDay): SnapshotKind {
  if (weekday(day) !== 0) return "NIGHTLY";
  return day.day <= 7 ? "MONTHLY" : "WEEKLY";
}

/** The next time the daily snapshot runs: `hour`:00 local time, strictly after `after`. */
export function nextRunAt(after: Date, hour: number, timeZone: string): Date {
  const today = localDayOf(after.getTime(), timeZone);
  for (let offset = 0; offset < 3; offset++) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + offset));
    const day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    const at = zonedInstant(day, hour * 60, timeZone);
    if (at > after.getTime()) return new Date(at);
  }
  throw new Error("no next run found");
}

/** The local day a scheduled run at `at` belongs to. */
export function runDay(at: Date, timeZone: string): LocalDay {
  return localDayOf(at.getTime(), timeZone);
}

/** Why a snapshot cannot be taken now, or null. */
export function snapshotRefusal(state: EnvironmentState): string | null {
  switch (state) {
    case "CREATING":
      return "The environment is still being created; take a snapshot when it is ready.";
    case "DEPLOYING":
      return "A package is being deployed; take a snapshot when the deployment finished.";
    case "RESTORING":
      return "A snapshot is being restored into this environment.";
    case "DELETING":
      return "The environment is being deleted.";
    default:
      return null;
  }
}

/** Scheduled snapshots run only while a package is deployed and the environment is settled. */
export function scheduleApplies(environment: { packageName: string | null; state: EnvironmentState }): boolean {
  return environment.packageName !== null && snapshotRefusal(environment.state) === null;
}

/** Why a restore into the environment cannot start now, or null. */
export function restoreRefusal(state: EnvironmentState): string | null {
  if (state === "STOPPED") return null;
  if (state === "RUNNING" || state === "STARTING") return "Stop the environment before restoring a snapshot into it.";
  if (state === "RESTORING") return "A snapshot is already being restored into this environment.";
  return "The environment must be stopped before a snapshot can be restored into it.";
}
