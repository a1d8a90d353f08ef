"use client";

import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Fetches JSON now, every `intervalMs` while the tab is visible, and when the tab comes back.
 * For small always-on widgets (the notification bell) that should not pull a data library into
 * every page; live views with caching needs use TanStack Query.
 */
export function usePolling<T>(url: string, intervalMs: number): { data: T | undefined; refresh: () => Promise<void> } {
  const [data, setData] = useState<T>();
  const alive = useRef(true);
  const refresh = useCallback(async () => {
    try {
      const response = await fetch(url, { cache: "no-store" });
      if (response.ok && alive.current) setData((await response.json()) as T);
    } catch {
      // Offline or the server restarted: keep what we have and try again on the next tick.
    }
  }, [url]);

  useEffect(() => {
    alive.current = true;
    const onVisible = () => {
      if (document.visibilityState === "visible") void refresh();
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
  }, [refresh, intervalMs]);

  return { data, refresh };
}
