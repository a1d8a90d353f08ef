"use client";

import { Menu, X } from "lucide-react";
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { NavLink } from "./nav-link";

/**
 * The sections of the top bar on small screens: a menu button (below the md breakpoint only)
 * that opens them as a list under the bar. Opening moves focus to the first entry; Escape, a
 * click outside or following a link closes it, and Escape gives focus back to the button. Its texts
 * come from the top bar (server), so no catalogue is part of every page's first load.
 */
export function MobileNav({
  links,
  org,
  labels,
}: {
  links: { href: string; label: string }[];
  org: ReactNode;
  labels: { main: string; openMenu: string; closeMenu: string };
}) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useDismiss(open, close, root, button);
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>("a, select, button")?.focus();
  }, [open]);

  const toggle = () => setOpen((value) => !value);

  return (
    <div ref={root} className="md:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={open ? labels.closeMenu : labels.openMenu}
        onClick={toggle}
        className="flex size-8 items-center justify-center rounded-md text-neutral-200 hover:bg-neutral-800 hover:text-white focus-visible:outline-2 focus-visible:outline-accent-400"
      >
        {open ? <X aria-hidden className="size-5" /> : <Menu aria-hidden className="size-5" />}
      </button>
      <div
        ref={panel}
        id={panelId}
        hidden={!open}
        className="absolute inset-x-0 top-12 z-50 border-t border-neutral-800 bg-neutral-900 px-2 pb-3 pt-2 shadow-lg dark:bg-neutral-950"
      >
        {open ? (
          <>
            {org ? <div className="px-3 pb-2">{org}</div> : null}
            {/* Following a link closes the menu. */}
            <nav aria-label={labels.main} onClick={(event) => (event.target as HTMLElement).closest("a") && setOpen(false)}>
              <ul className="flex flex-col">
                {links.map((link) => (
                  <li key={link.href}>
                    <NavLink href={link.href} look="mobile">
                      {link.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          </>
        ) : null}
      </div>
    </div>
  );
}
