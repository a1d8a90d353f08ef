"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** How long after a navigation a heading that replaces the first one (a loading state's) still gets focus. */
const SETTLE_MS = 3_000;

/**
 * After a client-side navigation, moves focus to the new page's heading (main h1), so keyboard
 * and screen-reader users start at the top of what changed. Not on the first load: there the
 * browser's own start (and the skip link) is right. When the page streams in after a loading
 * state, the heading that replaces the one focused gets the focus, until the user does something.
 */
export function FocusHeading() {
  const pathname = usePathname();
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    let focused: HTMLElement | null = null;
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>("main h1");
      if (!heading || heading === focused) return;
      // Only while focus is still ours to give: on the page (body) or on the heading that was replaced.
      // (A removed element's focus falls back to the body.)
      if (focused && document.activeElement !== document.body) return;
      if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
      heading.focus();
      focused = heading;
    };
    focusHeading();
    const main = document.querySelector("main");
    const observer = new MutationObserver(focusHeading);
    if (main) observer.observe(main, { childList: true, subtree: true });
    const stop = () => observer.disconnect();
    const timer = window.setTimeout(stop, SETTLE_MS);
    document.addEventListener("keydown", stop, { once: true });
    document.addEventListener("pointerdown", stop, { once: true });
    return () => {
      stop();
      window.clearTimeout(timer);
      document.removeEventListener("keydown", stop);
      document.removeEventListener("pointerdown", stop);
    };
  }, [pathname]);

  return null;
}
