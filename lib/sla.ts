import type { TicketSeverity } from "@/generated/prisma/enums";
import { localDayOf, zonedInstant, type LocalDay } from "@/lib/time-zone";

export { localDayOf, zonedInstant };

/**
 * The SLA engine: an office-hours calendar and the first-response targets of the support
 * policy ("Severity Baselines"). Pure: every function takes the calendar and the instants it
 * needs, so it is tested without a clock or a database.
 */
export interface OfficeCalendar {
  /** IANA zone the office hours are kept in. */
  timeZone: string;
  /** Minutes after local midnight the office opens / closes. */
  openMinute: number;
  closeMinute: number;
  /** ISO weekdays the office works (1 = Monday … 7 = Sunday). */
  workdays: readonly number[];
  /** Local calendar days without office hours, "YYYY-MM-DD". */
  holidays: ReadonlySet<string>;
}

export const DEFAULT_CALENDAR: OfficeCalendar = {
  timeZone: "Europe/Amsterdam",
  openMinute: 9 * 60,
  closeMinute: 17 * 60,
  workdays: [1, 2, 3, 4, 5],
  holidays: new Set(),
};

/** Parses `SUPPORT_HOLIDAYS` ("2026-12-25, 2026-12-26"); malformed entries are ignored. */
export function parseHolidays(value: string | undefined | null): Set<string> {
  return new Set(
    (value ?? "")
      .split(",")
      .map((day) => day.trim())
      .filter((day) => /^\d{4}-\d{2}-\d{2}$/.test(day)),
  );
}

export function calendarWithHolidays(holidays: string | undefined | null, base: OfficeCalendar = DEFAULT_CALENDAR): OfficeCalendar {
  return { ...base, holidays: parseHolidays(holidays) };
}

function nextDay(day: LocalDay): LocalDay {
  const next = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

export function isoDay(day: LocalDay): string {
  return `${day.year}-${String(day.month).padStart(2, "0")}-${String(day.day).padStart(2, "0")}`;
}

export function isBusinessDay(day: LocalDay, calendar: OfficeCalendar): boolean {
  const weekday = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() || 7;
  return calendar.workdays.includes(weekday) && !calendar.holidays.has(isoDay(day));
}

/** Guards the day walk: a calendar without any workday would loop for ever. */
const MAX_DAYS = 3 * 366;

/** The first instant at or after `from` inside office hours. */
export function nextOfficeInstant(from: Date, calendar: OfficeCalendar): Date {
  let day = localDayOf(from.getTime(), calendar.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    if (!isBusinessDay(day, calendar)) continue;
    const open = zonedInstant(day, calendar.openMinute, calendar.timeZone);
    const close = zonedInstant(day, calendar.closeMinute, calendar.timeZone);
    if (from.getTime() < close) return new Date(Math.max(open, from.getTime()));
  }
  throw new Error("The office calendar has no business days.");
}

/** `start` plus `hours` of office time (the clock stops outside office hours, weekends and holidays). */
export function addOfficeHours(start: Date, hours: number, calendar: OfficeCalendar): Date {
  let remaining = Math.round(hours * 3_600_000);
  let day = localDayOf(start.getTime(), calendar.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    if (!isBusinessDay(day, calendar)) continue;
    const open = zonedInstant(day, calendar.openMinute, calendar.timeZone);
    const close = zonedInstant(day, calendar.closeMinute, calendar.timeZone);
    const from = Math.max(open, start.getTime());
    if (from >= close) continue;
    if (remaining <= close - from) return new Date(from + remaining);
    remaining -= close - from;
  }
  throw new Error("The office calendar has no business days.");
}

/**
 * "Next business day": closing time of the first business day after the day the ticket is
 * received, where a ticket opened outside office hours counts as received at the next opening.
 */
export function endOfNextBusinessDay(start: Date, calendar: OfficeCalendar): Date {
  const received = nextOfficeInstant(start, calendar);
  let day = nextDay(localDayOf(received.getTime(), calendar.timeZone));
  for (let i = 0; i < MAX_DAYS; i++, day = nextDay(day)) {
    if (isBusinessDay(day, calendar)) return new Date(zonedInstant(day, calendar.closeMinute, calendar.timeZone));
  }
  throw new Error("The office calendar has no business days.");
}

/** When the first staff response is due; null for Low (reasonable effort, no clock). */
export function firstResponseDue(severity: TicketSeverity, openedAt: Date, calendar: OfficeCalendar): Date | null {
  switch (severity) {
    case "CRITICAL":
      return addOfficeHours(openedAt, 2, calendar);
    case "HIGH":
      return addOfficeHours(openedAt, 8, calendar);
    case "MEDIUM":
      return endOfNextBusinessDay(openedAt, calendar);
    case "LOW":
      return null;
  }
}

export interface SlaFacts {
  firstResponseDueAt: Date | null;
  firstRespondedAt: Date | null;
  breachedAt?: Date | null;
}

/** Breached: the due time passed without a first staff response (or the response came late). */
export function isBreached(ticket: SlaFacts, now: Date): boolean {
  if (ticket.breachedAt) return true;
  const due = ticket.firstResponseDueAt;
  if (!due) return false;
  if (ticket.firstRespondedAt) return ticket.firstRespondedAt.getTime() > due.getTime();
  return now.getTime() > due.getTime();
}

export type SlaState = "none" | "met" | "running" | "breached";

export function slaState(ticket: SlaFacts, now: Date): SlaState {
  if (!ticket.firstResponseDueAt) return "none";
  if (isBreached(ticket, now)) return "breached";
  return ticket.firstRespondedAt ? "met" : "running";
}

/** The SLA clock shown to staff: time left to the first-response due time, or how late it is. */
export type SlaClock = { state: "none" } | { state: "met" } | { state: "due"; minutes: number } | { state: "overdue"; minutes: number };

export function slaClock(ticket: SlaFacts, now: Date): SlaClock {
  const due = ticket.firstResponseDueAt;
  if (!due) return { state: "none" };
  if (ticket.firstRespondedAt && !isBreached(ticket, now)) return { state: "met" };
  const minutes = Math.floor(Math.abs(due.getTime() - now.getTime()) / 60_000);
  return now.getTime() > due.getTime() || isBreached(ticket, now) ? { state: "overdue", minutes } : { state: "due", minutes };
}
