"use client";

import { useEffect } from "react";

/**
 * Starts `load` (a lazily loaded panel's `import()`) once the page is idle after its first load, so
 * the code is not part of the page's first load yet is usually there before the first click. The
 * caller also starts it on pointing at or focusing the control, for a click that comes sooner.
 */
export function useIdlePreload(load: () => Promise<unknown>): void {
  useEffect(() => {
    const start = () => void load().catch(() => undefined);
    if (typeof window.requestIdleCallback === "function") {
      const handle = window.requestIdleCallback(start, { timeout: 3_000 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(start, 1_000);
    return () => window.clearTimeout(handle);
  }, [load]);
}
