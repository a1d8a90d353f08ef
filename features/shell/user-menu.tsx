"use client";

import { ChevronDown, KeyRound, LogOut, MonitorSmartphone } from "lucide-react";
import Link from "next/link";
import { useCallback, useId, useRef, useState } from "react";
import { useDismiss } from "@/components/ui/use-dismiss";
import { useTexts } from "@/components/i18n/locale-provider";
import { LanguageChoice } from "@/features/languages/language-choice";
import { navCatalogue } from "@/lib/i18n/catalogues/messages-nav";
import { signOutAction, signOutEverywhereAction } from "@/server/actions/shell";

/** The account button in the top bar: who is signed in, their role, and Sign out. */
export function UserMenu({ name, email, roleLabel, roleValue }: { name: string; email: string; roleLabel: string; roleValue: string }) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const t = useTexts(navCatalogue).navMessages;

  useDismiss(open, close, root, button);

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
        className="flex h-8 items-center gap-2 rounded-md px-1.5 text-sm text-neutral-200 hover:bg-neutral-800 focus-visible:outline-2 focus-visible:outline-accent-400"
      >
        <span aria-hidden className="flex size-6 items-center justify-center rounded-full bg-accent-600 text-[11px] font-semibold text-white">
          {initials || "?"}
        </span>
        <span className="sr-only max-w-40 truncate md:not-sr-only">{name}</span>
        <span className="sr-only"> ({t.userMenu})</span>
        <ChevronDown aria-hidden className="size-3.5 text-neutral-400" />
      </button>
      <div
        id={panelId}
        hidden={!open}
        className="absolute right-0 top-full z-50 mt-1 w-72 rounded-lg border border-neutral-200 bg-white p-1 text-neutral-900 shadow-lg dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100"
      >
        {/* Its entries exist only while it is open (as in MobileNav): a closed menu costs every page nothing. */}
        {open ? (
          <>
            <div className="px-3 py-2">
              <p className="text-xs text-neutral-500 dark:text-neutral-400">{t.signedInAs}</p>
              <p className="truncate font-medium">{name}</p>
              <p className="truncate text-xs text-neutral-600 dark:text-neutral-400">{email}</p>
              <p className="mt-2 text-xs text-neutral-500 dark:text-neutral-400">{roleLabel}</p>
              <p className="text-sm" data-testid="user-role">
                {roleValue}
              </p>
            </div>
            <div className="my-1 border-t border-neutral-200 dark:border-neutral-700" />
            <Link
              href="/account/tokens"
              onClick={() => setOpen(false)}
              className="flex w-full items-center gap-2 rounded-md px-3 py-1.5 text-left text-sm hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-accent-600 dark:hover:bg-neutral-800"
            >
              <KeyRound aria-hidden className="size-4" />
              {t.accessTokens}
            </Link>
            <LanguageChoice />
            <MenuAction action={signOutAction} icon={LogOut} label={t.signOut} />
            <MenuAction action={signOutEverywhereAction} icon={MonitorSmartphone} label={t.signOutEverywhere} />
          </>
        ) : null}
      </div>
    </div>
  );
}

function MenuAction({ action, icon: Icon, label }: { action: () => Promise<void>; icon: typeof LogOut; label: string }) {
  return (
    <form action={action}>
      <button
        type="submit"
        className="flex w-full items-center gap-2 rounded-md px-3 py-1.5 text-left text-sm hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-accent-600 dark:hover:bg-neutral-800"
      >
        <Icon aria-hidden className="size-4" />
        {label}
      </button>
    </form>
  );
}
