"use client";

import { KeyRound, LogOut, MonitorSmartphone } from "lucide-react";
import { useTexts } from "@/components/i18n/locale-provider";
import { LanguageChoice } from "@/features/languages/language-choice";
import { navCatalogue } from "@/lib/i18n/catalogues/messages-nav";
import { signOutAction, signOutEverywhereAction } from "@/server/actions/shell";

/**
 * The open user menu (./user-menu.tsx): who is signed in, access tokens, the language, and both
 * sign-outs. Its own module, so it is not part of a page's first load (./user-menu.tsx loads it).
 */
export function UserMenuEntries({
  name,
  email,
  roleLabel,
  roleValue,
  onNavigate,
}: {
  name: string;
  email: string;
  roleLabel: string;
  roleValue: string;
  /** A followed link closes the menu. */
  onNavigate: () => void;
}) {
  const t = useTexts(navCatalogue).navMessages;
  return (
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
      <a
        href="/account/tokens"
        onClick={onNavigate}
        className="flex w-full items-center gap-2 rounded-md px-3 py-1.5 text-left text-sm hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-accent-600 dark:hover:bg-neutral-800"
      >
        <KeyRound aria-hidden className="size-4" />
        {t.accessTokens}
      </a>
      <LanguageChoice />
      <MenuAction action={signOutAction} icon={LogOut} label={t.signOut} />
      <MenuAction action={signOutEverywhereAction} icon={MonitorSmartphone} label={t.signOutEverywhere} />
    </>
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
