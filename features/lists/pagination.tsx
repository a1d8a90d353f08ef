import { ChevronLeft, ChevronRight } from "lucide-react";
import { formatNumber } from "@/lib/format";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { requestLocale, texts } from "@/server/i18n/texts";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/**
 * Server-side pagination: links carry the page in the URL, the rest of the query is kept. Rendered on
 * the server in the request's language, so no pager code or catalogue goes to the browser.
 */
export async function Pagination({
  page,
  pageSize,
  total,
  totalCapped = false,
  href,
  className,
}: {
  page: number;
  pageSize: number;
  total: number;
  /** The total was counted only up to a cap (very long lists): show it as "N+". */
  totalCapped?: boolean;
  /** Builds the URL of a page (server components only). */
  href: (page: number) => string;
  className?: string;
}) {
  const [{ messages }, locale] = await Promise.all([texts(messagesCatalogue), requestLocale()]);
  const t = messages.pagination;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const shown = Math.min(page, pages);
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const count = (value: number) => `${formatNumber(value, locale)}${totalCapped ? "+" : ""}`;
  const previous = page > 1 ? href(Math.min(page - 1, pages)) : null;
  const next = page < pages ? href(page + 1) : null;
  const enabled = buttonVariants({ variant: "secondary", size: "sm" });
  const disabled = cn(enabled, "pointer-events-none opacity-50");
  return (
    <nav aria-label={t.label} className={cn("flex items-center justify-between gap-3 px-3 py-2 text-xs text-neutral-600 dark:text-neutral-400", className)}>
      <p aria-live="polite">{t.summary(from, to, count(total))}</p>
      <div className="flex items-center gap-2">
        <span>{t.page(shown, count(pages))}</span>
        {previous ? (
          <a href={previous} className={enabled} rel="prev">
            <ChevronLeft aria-hidden />
            {t.previous}
          </a>
        ) : (
          <span role="link" aria-disabled="true" className={disabled}>
            <ChevronLeft aria-hidden />
            {t.previous}
          </span>
        )}
        {next ? (
          <a href={next} className={enabled} rel="next">
            {t.next}
            <ChevronRight aria-hidden />
          </a>
        ) : (
          <span role="link" aria-disabled="true" className={disabled}>
            {t.next}
            <ChevronRight aria-hidden />
          </span>
        )}
      </div>
    </nav>
  );
}
