"use client";

import { Bell } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { apiJson } from "@/lib/api-client";
import { usePolling } from "@/lib/use-polling";

interface NotificationList {
  unread: number;
  items: { id: string; kind: string; message: string; read: boolean; createdAt: string; ticketNumber: number | null }[];
}

/**
 * The unread indicator of the top bar: polls GET /api/v1/notifications every 30 s, shows the
 * unread count, and marks everything read when the list is opened.
 */
export function NotificationBell({ className }: { className?: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const { data, refresh } = usePolling<NotificationList>("/api/v1/notifications", 30_000);
  const markRead = async () => {
    // A failure leaves the items unread; the next poll shows them again.
    await apiJson("/api/v1/notifications/read", { method: "POST", body: "{}" }).catch(() => undefined);
    await refresh();
  };
  const unread = data?.unread ?? 0;

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === "Escape" : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (next && unread > 0) void markRead();
  };

  return (
    <div ref={root} className={cn("relative", className)}>
      <button
        type="button"
        onClick={toggle}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
        className="relative flex size-8 items-center justify-center rounded-md text-neutral-300 hover:bg-neutral-800 hover:text-white focus-visible:outline-2 focus-visible:outline-accent-400"
      >
        <Bell aria-hidden className="size-4" />
        {unread > 0 ? (
          <span aria-hidden data-testid="notification-count" className="absolute -right-0.5 -top-0.5 flex min-w-4 items-center justify-center rounded-full bg-red-600 px-1 text-[10px] font-semibold leading-4 text-white">
            {unread > 99 ? "99+" : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div id={`${id}-list`} className="absolute right-0 z-50 mt-1 w-80 rounded-md border border-neutral-200 bg-white py-1 text-sm text-neutral-900 shadow-lg dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100">
          <p className="border-b border-neutral-200 px-3 py-1.5 text-xs font-medium text-neutral-600 dark:border-neutral-800 dark:text-neutral-400">Notifications</p>
          {data?.items.length ? (
            <ul aria-label="Notifications">
              {data.items.map((item) => (
                <li key={item.id}>
                  {item.ticketNumber ? (
                    <Link href={`/support/${item.ticketNumber}`} onClick={() => setOpen(false)} className={cn("block px-3 py-2 hover:bg-neutral-100 dark:hover:bg-neutral-800", !item.read && "font-medium")}>
                      {item.message}
                    </Link>
                  ) : (
                    <span className={cn("block px-3 py-2", !item.read && "font-medium")}>{item.message}</span>
                  )}
                </li>
              ))}
            </ul>
          ) : (
            <p className="px-3 py-3 text-neutral-600 dark:text-neutral-400">No notifications.</p>
          )}
        </div>
      ) : null}
    </div>
  );
}
