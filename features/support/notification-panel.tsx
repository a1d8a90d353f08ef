"use client";

import { useMemo } from "react";
import { cn } from "@/components/ui/cn";
import { Time } from "@/components/ui/time";
import { useLocale, useTexts, useTimeZone } from "@/components/i18n/locale-provider";
import { formatDate } from "@/lib/format";
import { shellCatalogue } from "@/lib/i18n/catalogues/messages-shell";
import { groupNotifications, type NotificationGroup, type NotificationItem } from "@/lib/notification-groups";

export interface NotificationList {
  unread: number;
  items: NotificationItem[];
}

/**
 * The open list of the notification bell (./notification-bell.tsx), grouped by day in the person's
 * time zone with repeats folded. Its own module, so it is not part of a page's first load (the bell
 * loads it).
 */
export function NotificationPanel({
  id,
  data,
  marking,
  failed,
  onMarkAll,
  onFollow,
}: {
  id: string;
  data: NotificationList | null | undefined;
  marking: boolean;
  failed: boolean;
  onMarkAll: () => void;
  /** A followed entry: the bell closes and marks it (and its folded copies) read. */
  onFollow: (item: NotificationGroup["items"][number]) => void;
}) {
  const t = useTexts(shellCatalogue).shellMessages.notifications;
  const locale = useLocale();
  const timeZone = useTimeZone();
  // Grouped on opening (and on each poll while open), against the time of that moment.
  const groups = useMemo(() => (data ? groupNotifications(data.items, timeZone, new Date()) : []), [data, timeZone]);
  const dayLabel = (day: string) => (day === "today" ? t.today : day === "yesterday" ? t.yesterday : formatDate(`${day}T12:00:00Z`, "UTC", "—", locale));

  return (
    <div
      id={id}
      data-testid="notification-panel"
      className="fixed inset-x-2 top-12 z-50 mt-1 max-h-[70dvh] overflow-y-auto rounded-md border border-neutral-200 bg-white text-sm text-neutral-900 shadow-lg sm:absolute sm:inset-x-auto sm:right-0 sm:top-full sm:w-96 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
    >
      <div className="sticky top-0 flex items-center justify-between gap-2 border-b border-neutral-200 bg-white px-3 py-1.5 dark:border-neutral-800 dark:bg-neutral-900">
        <h2 className="text-xs font-medium text-neutral-600 dark:text-neutral-400">{t.title}</h2>
        {data && data.unread > 0 ? (
          <button type="button" onClick={onMarkAll} disabled={marking} className="rounded px-1.5 py-0.5 text-xs font-medium text-accent-700 hover:underline focus-visible:outline-2 focus-visible:outline-accent-600 disabled:opacity-60 dark:text-accent-300">
            {marking ? t.marking : t.markAllRead}
          </button>
        ) : null}
      </div>
      {failed ? (
        <p role="alert" className="px-3 py-2 text-xs text-red-700 dark:text-red-300">
          {t.markFailed}
        </p>
      ) : null}
      {groups.length ? (
        groups.map((group) => (
          <section key={group.day} aria-labelledby={`${id}-${group.day}`}>
            <h3 id={`${id}-${group.day}`} className="bg-neutral-50 px-3 py-1 text-[11px] font-semibold uppercase tracking-wide text-neutral-600 dark:bg-neutral-800/60 dark:text-neutral-400">
              {dayLabel(group.day)}
            </h3>
            <ul>
              {group.items.map((item) => {
                const body = (
                  <>
                    <span className="flex items-start gap-2">
                      {item.read ? null : <span aria-hidden className="mt-1.5 size-2 shrink-0 rounded-full bg-accent-600" />}
                      <span className={cn("min-w-0 flex-1", !item.read && "font-medium")}>
                        {item.read ? null : <span className="sr-only">{t.unread}: </span>}
                        {item.message}
                        {item.repeats > 1 ? <span className="ml-1 text-xs font-normal text-neutral-600 dark:text-neutral-400">×{item.repeats}</span> : null}
                      </span>
                    </span>
                    <span className="mt-0.5 block text-xs font-normal text-neutral-600 dark:text-neutral-400">
                      {item.ticketNumber ? `${t.ticket(item.ticketNumber)} · ` : null}
                      <Time value={item.createdAt} relative />
                    </span>
                  </>
                );
                return (
                  <li key={item.id} className="border-b border-neutral-100 last:border-b-0 dark:border-neutral-800" data-testid="notification">
                    {item.ticketNumber ? (
                      <a
                        href={`/support/${item.ticketNumber}`}
                        onClick={() => onFollow(item)}
                        className="block px-3 py-2 hover:bg-neutral-100 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent-600 dark:hover:bg-neutral-800"
                      >
                        {body}
                      </a>
                    ) : (
                      <div className="px-3 py-2">{body}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))
      ) : (
        <p className="px-3 py-3 text-neutral-600 dark:text-neutral-400">{t.empty}</p>
      )}
    </div>
  );
}
