"use client";

import { useSyncExternalStore } from "react";
import { useLocale, useTimeZone } from "@/components/i18n/locale-provider";
import { formatDate, formatDateTime, formatRelative, formatTimestamp } from "@/lib/format";

const FORMATS = { "date-time": formatDateTime, timestamp: formatTimestamp, date: formatDate } as const;

interface TimeProps {
  value: Date | string | null | undefined;
  /** "date-time" (default): "28 Nov 2025, 14:05"; "timestamp" adds seconds and the zone; "date" the day only. */
  format?: keyof typeof FORMATS;
  /** Show "3 minutes ago" (the absolute time on hover) while the moment is less than a month away. */
  relative?: boolean;
  /** Shown when there is no value. */
  fallback?: string;
  className?: string;
}

// "Now" for relative times: one clock for the whole page, ticking every 30 seconds while a relative time is shown.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;
let now = Date.now();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((notify) => notify());
    }, 30_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

const noSubscription = () => () => {};
// Rounded, so repeated reads during one server render agree.
const serverNow = () => Math.floor(Date.now() / 30_000) * 30_000;

function useNow(active: boolean): number {
  return useSyncExternalStore(active ? subscribe : noSubscription, () => (active ? now : 0), () => (active ? serverNow() : 0));
}

/**
 * A moment in the person's time zone and language, in one format across the portal. Relative
 * times keep the absolute one in the tooltip and in `dateTime`.
 */
export function Time({ value, format = "date-time", relative = false, fallback = "—", className }: TimeProps) {
  const locale = useLocale();
  const timeZone = useTimeZone();
  const now = useNow(relative);
  const date = value ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) return <span className={className}>{fallback}</span>;
  const absolute = FORMATS[format](date, timeZone, fallback, locale);
  const shown = relative ? (formatRelative(date, now, locale) ?? absolute) : absolute;
  return (
    // The server and the browser may disagree on "now" by a minute: the browser's text wins.
    <time dateTime={date.toISOString()} title={relative ? formatTimestamp(date, timeZone, fallback, locale) : undefined} className={className} suppressHydrationWarning>
      {shown}
    </time>
  );
}
