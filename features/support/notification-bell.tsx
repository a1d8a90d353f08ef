"use client";

import { Bell } from "lucide-react";
import { useCallback, useId, useRef, useState } from "react";
import { lazyComponent } from "@/components/ui/lazy-component";
import { useDismiss } from "@/components/ui/use-dismiss";
import { useIdlePreload } from "@/components/ui/use-idle-preload";
import { cn } from "@/components/ui/cn";
import { apiJson } from "@/lib/api-client";
import { useTexts } from "@/components/i18n/locale-provider";
import { bellCatalogue } from "@/lib/i18n/catalogues/messages-bell";
import { usePolling } from "@/lib/use-polling";
import type { NotificationList } from "./notification-panel";

/** The list's code is not part of the page's first load: it loads when the page is idle, or when the bell is pointed at first. */
const loadPanel = () => import("./notification-panel").then((module) => module.NotificationPanel);
const NotificationPanel = lazyComponent(loadPanel);

/**
 * The notifications of the top bar: polls GET /api/v1/notifications every 30 s and shows the
 * unread count. The list groups them by day (in the user's time zone) with their time, folds
 * repeats, and offers "Mark all read"; following one marks that one read.
 */
export function NotificationBell({ className }: { className?: string }) {
  const id = useId();
  const t = useTexts(bellCatalogue).bellMessages;
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const [marking, setMarking] = useState(false);
  const [failed, setFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { data, refresh } = usePolling<NotificationList>("/api/v1/notifications", 30_000);
  const unread = data?.unread ?? 0;

  const markRead = async (ids?: string[]) => {
    setFailed(false);
    try {
      await apiJson("/api/v1/notifications/read", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(ids ? { ids } : {}) });
    } catch {
      setFailed(true);
    }
    await refresh();
  };

  const markAll = async () => {
    setMarking(true);
    await markRead();
    setMarking(false);
  };

  useDismiss(open, close, root, button);
  useIdlePreload(loadPanel);

  return (
    <div ref={root} className={cn("relative", className)}>
      <button
        ref={button}
        type="button"
        onClick={() => setOpen((value) => !value)}
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-label={t.label(unread)}
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
        <NotificationPanel
          id={`${id}-list`}
          data={data}
          marking={marking}
          failed={failed}
          onMarkAll={() => void markAll()}
          onFollow={(item) => {
            setOpen(false);
            if (!item.read) void markRead(item.ids);
          }}
        />
      ) : null}
    </div>
  );
}
