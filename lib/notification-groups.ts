import { localDayOf } from "./time-zone";

export interface NotificationItem {
  id: string;
  kind: string;
  message: string;
  read: boolean;
  createdAt: string;
  ticketNumber: number | null;
}

export interface NotificationGroup {
  /** "today", "yesterday", or the local day as YYYY-MM-DD. */
  day: string;
  /** `ids`: the folded copies' ids (marking the entry read marks them all). */
  items: (NotificationItem & { repeats: number; ids: string[] })[];
}

const dayKey = (instant: number, timeZone: string) => {
  const { year, month, day } = localDayOf(instant, timeZone);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};

/**
 * The notification list as the bell shows it: newest first, grouped by the user's local day, and
 * without duplicates — the same id twice (two polls merged) is shown once, and the same news
 * again (same kind, ticket and text on the same day) is folded into its newest copy with a count;
 * the folded entry is unread while any copy is.
 */
export function groupNotifications(items: NotificationItem[], timeZone: string, now: Date): NotificationGroup[] {
  const today = dayKey(now.getTime(), timeZone);
  const yesterday = dayKey(now.getTime() - 86_400_000, timeZone);
  const seen = new Set<string>();
  const groups: NotificationGroup[] = [];
  const sorted = [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  for (const item of sorted) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const key = dayKey(Date.parse(item.createdAt), timeZone);
    const day = key === today ? "today" : key === yesterday ? "yesterday" : key;
    let group = groups.at(-1);
    if (!group || group.day !== day) {
      group = { day, items: [] };
      groups.push(group);
    }
    const same = group.items.find((other) => other.kind === item.kind && other.ticketNumber === item.ticketNumber && other.message === item.message);
    if (same) {
      same.repeats += 1;
      same.ids.push(item.id);
      same.read = same.read && item.read;
    } else {
      group.items.push({ ...item, repeats: 1, ids: [item.id] });
    }
  }
  return groups;
}
