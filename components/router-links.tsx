"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Client-side navigation for plain anchors. The portal links with `<a>`, not `next/link`: no
 * client component per link, and no page loads next/link's code (docs/decisions/0016-page-speed.md,
 * 0028, 0041). This one listener routes their same-origin, unmodified left clicks through the
 * Next.js router, so a click swaps the page instead of reloading the document. A click a handler
 * already took (its default prevented), downloads, other targets, API routes, other origins and
 * in-page anchors keep the browser's own behaviour.
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
