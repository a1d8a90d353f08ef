"use client";

import { Check, Languages } from "lucide-react";
import { useActionState } from "react";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { languagesCatalogue } from "@/lib/i18n/catalogues/messages-languages";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { chooseLanguageAction, type LanguageChoiceState } from "@/server/actions/languages";

const initial: LanguageChoiceState = { ok: true };

/** The language entry of the user menu: stored on the person, so it follows them to every device. */
export function LanguageChoice() {
  const locale = useLocale();
  const { languageMessages: t } = useTexts(languagesCatalogue);
  const [state, action, pending] = useActionState(chooseLanguageAction, initial);
  return (
    <form action={action} className="px-3 py-1.5" aria-labelledby="language-choice">
      <p id="language-choice" className="mb-1 flex items-center gap-2 text-xs text-neutral-500 dark:text-neutral-400">
        <Languages aria-hidden className="size-3.5" />
        {t.language}
      </p>
      <div className="flex gap-1">
        {LOCALES.map((option) => (
          <button
            key={option}
            type="submit"
            name="locale"
            value={option}
            lang={option}
            disabled={pending}
            aria-current={option === locale ? "true" : undefined}
            className="flex items-center gap-1 rounded-md border border-neutral-200 px-2 py-1 text-xs hover:bg-neutral-100 focus-visible:outline-2 focus-visible:outline-accent-600 disabled:opacity-60 aria-[current]:border-accent-600 aria-[current]:font-semibold dark:border-neutral-700 dark:hover:bg-neutral-800"
          >
            {option === locale ? <Check aria-hidden className="size-3" /> : null}
            {LOCALE_NAMES[option]}
          </button>
        ))}
      </div>
      {state.ok ? null : (
        <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-300">
          {t.failed}
        </p>
      )}
    </form>
  );
}
