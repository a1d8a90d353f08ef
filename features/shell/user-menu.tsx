"use client";

import { ChevronDown } from "lucide-react";
import { useCallback, useId, useRef, useState } from "react";
import { lazyComponent } from "@/components/ui/lazy-component";
import { useDismiss } from "@/components/ui/use-dismiss";
import { useIdlePreload } from "@/components/ui/use-idle-preload";

/** The entries' code (language choice, sign-out actions) is not part of the first load: it loads when the page is idle, or when the menu is pointed at first. */
const loadEntries = () => import("./user-menu-entries").then((module) => module.UserMenuEntries);
const UserMenuEntries = lazyComponent(loadEntries);

/** The account button in the top bar: who is signed in, their role, and Sign out. `label` names the menu (from the top bar). */
export function UserMenu({ name, email, roleLabel, roleValue, label }: { name: string; email: string; roleLabel: string; roleValue: string; label: string }) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useDismiss(open, close, root, button);
  useIdlePreload(loadEntries);

  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join("");

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        onPointerEnter={() => void loadEntries()}
        onFocus={() => void loadEntries()}
        className="flex h-8 items-center gap-2 rounded-md px-1.5 text-sm text-neutral-200 hover:bg-neutral-800 focus-visible:outline-2 focus-visible:outline-accent-400"
      >
        <span aria-hidden className="flex size-6 items-center justify-center rounded-full bg-accent-600 text-[11px] font-semibold text-white">
          {initials || "?"}
        </span>
        <span className="sr-only max-w-40 truncate md:not-sr-only">{name}</span>
        <span className="sr-only"> ({label})</span>
        <ChevronDown aria-hidden className="size-3.5 text-neutral-400" />
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 top-full z-50 mt-1 w-72 rounded-lg border border-neutral-200 bg-white p-1 text-neutral-900 shadow-lg dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
      >
        {/* Its entries exist only while it is open, and their code loads then: a closed menu costs a page nothing. */}
        {open ? <UserMenuEntries name={name} email={email} roleLabel={roleLabel} roleValue={roleValue} onNavigate={close} /> : null}
      </div>
    </div>
  );
}

