"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Client-side navigation for plain anchors. Long server-rendered lists link with `<a>` rather than
 * a `next/link` per row (docs/decisions/0016-page-speed.md, 0028); this one listener routes their
 * same-origin, unmodified left clicks through the Next.js router, so a click from a list swaps the
 * page instead of reloading the document. `next/link` already handles its own clicks (it prevents
 * the default before this listener on `window` sees the event); downloads, other targets, API
 * routes, other origins and in-page anchors keep the browser's own behaviour.
 */
export function RouterLinks() {
  const router = useRouter();
  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(anchor instanceof HTMLAnchorElement)) return;
      if ((anchor.target && anchor.target !== "_self") || anchor.hasAttribute("download") || anchor.dataset.reload !== undefined) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname.startsWith("/api/")) return;
      const here = window.location;
      if (url.pathname === here.pathname && url.search === here.search && url.hash) return;
      event.preventDefault();
      router.push(`${url.pathname}${url.search}${url.hash}`);
    }
    window.addEventListener("click", onClick);
    return () => window.removeEventListener("click", onClick);
  }, [router]);
  return null;
}
