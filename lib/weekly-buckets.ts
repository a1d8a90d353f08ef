// Operations counted per week (weeks start on Monday, UTC) for the overview's chart.

export interface WeekBucket {
  /** Monday of the week, YYYY-MM-DD (UTC). */
  week: string;
  succeeded: number;
  failed: number;
  /** Queued, running or cancelled. */
  other: number;
}

const DAY = 86_400_000;

export function weekStart(date: Date): Date {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(day - weekday * DAY);
}

/** The first instant counted when the chart shows `weeks` weeks up to `now`. */
export function bucketsFrom(now: Date, weeks: number): Date {
  return new Date(weekStart(now).getTime() - (weeks - 1) * 7 * DAY);
}

/** `weeks` buckets ending with the week of `now`, oldest first; operations outside are ignored. */
export function weeklyBuckets(operations: readonly { createdAt: Date; status: string }[], now: Date, weeks: number): WeekBucket[] {
  const first = bucketsFrom(now, weeks).getTime();
  const buckets: WeekBucket[] = Array.from({ length: weeks }, (_, index) => ({ week: new Date(first + index * 7 * DAY).toISOString().slice(0, 10), succeeded: 0, failed: 0, other: 0 }));
  for (const operation of operations) {
    const index = Math.floor((weekStart(operation.createdAt).getTime() - first) / (7 * DAY));
    if (index < 0 || index >= weeks) continue;
    const bucket = buckets[index];
    if (operation.status === "SUCCEEDED") bucket.succeeded++;
    else if (operation.status === "FAILED") bucket.failed++;
    else bucket.other++;
  }
  return buckets;
}
