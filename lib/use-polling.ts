"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { apiJson } from "./api-client";

/**
 * Fetches JSON now, every `intervalMs` while the tab is visible, and when the tab comes back.
 * For widgets that only follow one resource (the notification bell, an operation's progress) and
 * should not pull a data library into the page; views that share and invalidate cached data (the
 * ticket page) use TanStack Query.
 */
export function usePolling<T>(
  url: string,
  intervalMs: number,
  options: { enabled?: boolean; initialData?: T; stopWhen?: (data: T) => boolean } = {},
): { data: T | undefined; refresh: () => Promise<void> } {
  const { enabled = true, initialData, stopWhen } = options;
  const [data, setData] = useState<T | undefined>(initialData);
  const alive = useRef(true);
  const stopped = useRef(false);
  const stopWhenRef = useRef(stopWhen);
  useEffect(() => {
    stopWhenRef.current = stopWhen;
  });
  const refresh = useCallback(async () => {
    try {
      const next = await apiJson<T>(url);
      if (!alive.current) return;
      if (stopWhenRef.current?.(next)) stopped.current = true;
      setData(next);
    } catch {
      // Offline, refused or the server restarted: keep what we have and try again on the next tick.
    }
  }, [url]);

  useEffect(() => {
    if (!enabled) return;
    alive.current = true;
    const onVisible = () => {
      if (document.visibilityState === "visible" && !stopped.current) void refresh();
    };
    const first = setTimeout(onVisible, 0);
    const timer = setInterval(onVisible, intervalMs);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      alive.current = false;
      clearTimeout(first);
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [refresh, intervalMs, enabled]);

  return { data, refresh };
}
