import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { messages } from "@/lib/messages";
import { buttonVariants } from "./button";
import { cn } from "./cn";

/** Server-side pagination: links carry the page in the URL, the rest of the query is kept. */
export function Pagination({
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
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const t = messages.pagination;
  const disabled = cn(buttonVariants({ variant: "secondary", size: "sm" }), "pointer-events-none opacity-50");
  return (
    <nav aria-label={t.label} className={cn("flex items-center justify-between gap-3 px-3 py-2 text-xs text-neutral-600 dark:text-neutral-400", className)}>
      <p aria-live="polite">{t.summary(from, to, totalCapped ? `${formatNumber(total)}+` : formatNumber(total))}</p>
      <div className="flex items-center gap-2">
        <span>{t.page(Math.min(page, pages), totalCapped ? `${formatNumber(pages)}+` : formatNumber(pages))}</span>
        {page > 1 ? (
          <Link href={href(Math.min(page - 1, pages))} className={buttonVariants({ variant: "secondary", size: "sm" })} rel="prev">
            <ChevronLeft aria-hidden />
            {t.previous}
          </Link>
        ) : (
          <span role="link" aria-disabled="true" className={disabled}>
            <ChevronLeft aria-hidden />
            {t.previous}
          </span>
        )}
        {page < pages ? (
          <Link href={href(page + 1)} className={buttonVariants({ variant: "secondary", size: "sm" })} rel="next">
            {t.next}
            <ChevronRight aria-hidden />
          </Link>
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

/** Builds "?a=1&b=2" from a record, dropping empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
