import { SearchX } from "lucide-react";
import { Card } from "@/components/ui/card";
import type { Translation } from "@/lib/i18n/translation";
import type { notFoundMessages } from "@/lib/messages-shell-pages";

/**
 * The one "not found" page of the portal: unknown addresses, unknown or hidden clusters, tickets
 * and organisations, and sections that do not exist. Its heading is the page's h1; the links
 * lead on to the sections the user can open. Plain anchors (components/router-links.tsx routes their
 * clicks): Next.js puts this view into every page's payload as a not-found fallback.
 */
export function NotFoundView({ t, links }: { t: Translation<typeof notFoundMessages>; links: { href: string; label: string }[] }) {
  return (
    <Card className="mx-auto mt-6 max-w-xl">
      <div className="flex flex-col items-center px-6 py-12 text-center">
        <div className="mb-3 flex size-10 items-center justify-center rounded-full bg-neutral-100 text-neutral-500 dark:bg-neutral-800 dark:text-neutral-400">
          <SearchX aria-hidden className="size-5" />
        </div>
        <h1 className="text-lg font-semibold text-neutral-900 dark:text-neutral-100">{t.title}</h1>
        <p className="mt-1 max-w-md text-sm text-neutral-600 dark:text-neutral-400">{t.body}</p>
        <ul className="mt-4 flex flex-wrap justify-center gap-2">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="btn btn-secondary btn-md">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </Card>
  );
}
