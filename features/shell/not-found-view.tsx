import { SearchX } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Translation } from "@/lib/i18n/translation";
import type { shellMessages } from "@/lib/messages-shell";

/**
 * The one "not found" page of the portal: unknown addresses, unknown or hidden clusters, tickets
 * and organisations, and sections that do not exist. Its heading is the page's h1; the links
 * lead on to the sections the user can open.
 */
export function NotFoundView({ t, links }: { t: Translation<typeof shellMessages.notFound>; links: { href: string; label: string }[] }) {
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
              <Link href={link.href} className="btn btn-secondary btn-md">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </Card>
  );
}
