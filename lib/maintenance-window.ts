// A cluster's AKS planned maintenance window: weekly, in UTC, at least 4 hours. Azure holds it
// (the cluster's `maintenanceConfigurations` child resource); the portal keeps a copy in the
// text form "Sun 02:00-06:00" (UTC) to schedule updates without asking Azure on every tick.

export const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
export type WeekDay = (typeof DAYS)[number];

/** The name AKS gives the schedule of its managed upgrades (node OS and cluster auto-upgrade use their own). */
export const MAINTENANCE_CONFIG_NAME = "aksManagedAutoUpgradeSchedule";
export const MIN_WINDOW_HOURS = 4;
export const MAX_WINDOW_HOURS = 24;

export interface WeeklyWindow {
  /** 0 = Sunday … 6 = Saturday, in UTC. */
  day: number;
  /** Minutes after midnight UTC. */
  startMinute: number;
  durationHours: number;
}

/** Every cluster's window until someone sets another: Sunday 02:00–06:00 UTC. */
export const DEFAULT_WINDOW: WeeklyWindow = { day: 0, startMinute: 120, durationHours: 4 };

const pad = (n: number) => String(n).padStart(2, "0");
const hhmm = (minute: number) => `${pad(Math.floor(minute / 60) % 24)}:${pad(minute % 60)}`;

export function formatWindow(window: WeeklyWindow): string {
  return `${DAYS[window.day].slice(0, 3)} ${hhmm(window.startMinute)}-${hhmm(window.startMinute + window.durationHours * 60)}`;
}

/** "Sun 02:00-06:00" → the window; null when the text is not one (or shorter than 4 hours). */
export function parseWindow(text: string): WeeklyWindow | null {
  const match = /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(text.trim());
  if (!match) return null;
  const day = DAYS.findIndex((name) => name.startsWith(match[1]));
  const start = Number(match[2]) * 60 + Number(match[3]);
  const end = Number(match[4]) * 60 + Number(match[5]);
  if (start >= 1440 || end >= 1440 || Number(match[3]) > 59 || Number(match[5]) > 59) return null;
  const minutes = end > start ? end - start : end + 1440 - start;
  if (minutes % 60 !== 0) return null;
  const durationHours = minutes / 60;
  if (durationHours < MIN_WINDOW_HOURS || durationHours > MAX_WINDOW_HOURS) return null;
  return { day, startMinute: start, durationHours };
}

/** The window as the `maintenanceWindow` of an AKS maintenance configuration. */
export function toAksMaintenanceWindow(window: WeeklyWindow) {
  return {
    schedule: { weekly: { intervalWeeks: 1, dayOfWeek: DAYS[window.day] } },
    durationHours: window.durationHours,
    startTime: hhmm(window.startMinute),
    utcOffset: "+00:00",
  };
}

/** Reads a weekly AKS `maintenanceWindow` (any UTC offset) as a UTC window; null for other schedules. */
export function fromAksMaintenanceWindow(value: { schedule?: { weekly?: { dayOfWeek?: string; intervalWeeks?: number } }; durationHours?: number; startTime?: string; utcOffset?: string } | undefined): WeeklyWindow | null {
  const weekly = value?.schedule?.weekly;
  const day = DAYS.indexOf(weekly?.dayOfWeek as WeekDay);
  const time = /^(\d\d):(\d\d)$/.exec(value?.startTime ?? "");
  const offset = /^([+-])(\d\d):(\d\d)$/.exec(value?.utcOffset ?? "+00:00");
  const hours = value?.durationHours ?? 0;
  if (day < 0 || !time || !offset || hours < MIN_WINDOW_HOURS || hours > MAX_WINDOW_HOURS) return null;
  const offsetMinutes = (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  const local = day * 1440 + Number(time[1]) * 60 + Number(time[2]) - offsetMinutes;
  const week = 7 * 1440;
  const utc = ((local % week) + week) % week;
  return { day: Math.floor(utc / 1440), startMinute: utc % 1440, durationHours: hours };
}

const MINUTE = 60_000;

/** The start of the window's occurrence in the week of `at` (that week's Sunday 00:00 UTC + offset). */
function occurrenceIn(at: Date, window: WeeklyWindow): Date {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  const sunday = midnight - at.getUTCDay() * 1440 * MINUTE;
  return new Date(sunday + (window.day * 1440 + window.startMinute) * MINUTE);
}

/** The first window that starts at or after `from`. */
export function nextWindowStart(from: Date, window: WeeklyWindow): Date {
  let start = occurrenceIn(from, window);
  while (start.getTime() < from.getTime()) start = new Date(start.getTime() + 7 * 1440 * MINUTE);
  return start;
}

export function windowEnd(start: Date, window: WeeklyWindow): Date {
  return new Date(start.getTime() + window.durationHours * 60 * MINUTE);
}

/** Whether `at` lies inside one of the window's weekly occurrences. */
export function isInsideWindow(at: Date, window: WeeklyWindow): boolean {
  for (const weeks of [-1, 0]) {
    const start = new Date(occurrenceIn(at, window).getTime() + weeks * 7 * 1440 * MINUTE);
    if (at >= start && at < windowEnd(start, window)) return true;
  }
  return false;
}
