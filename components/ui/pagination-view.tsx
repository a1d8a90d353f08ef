"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { formatNumber } from "@/lib/format";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { buttonVariants } from "./button";
import { cn } from "./cn";

interface PaginationViewProps {
  from: number;
  to: number;
  total: number;
  page: number;
  pages: number;
  /** The total was counted only up to a cap: shown as "N+". */
  capped: boolean;
  previous: string | null;
  next: string | null;
  className?: string;
}

/** The pager's links and texts, in the page's language (components/ui/pagination.tsx builds the links). */
export function PaginationView({ from, to, total, page, pages, capped, previous, next, className }: PaginationViewProps) {
  const locale = useLocale();
  const t = useTexts(messagesCatalogue).messages.pagination;
  const count = (value: number) => `${formatNumber(value, locale)}${capped ? "+" : ""}`;
  const disabled = cn(buttonVariants({ variant: "secondary", size: "sm" }), "pointer-events-none opacity-50");
  return (
    <nav aria-label={t.label} className={cn("flex items-center justify-between gap-3 px-3 py-2 text-xs text-neutral-600 dark:text-neutral-400", className)}>
      <p aria-live="polite">{t.summary(from, to, count(total))}</p>
      <div className="flex items-center gap-2">
        <span>{t.page(page, count(pages))}</span>
        {previous ? (
          <Link href={previous} className={buttonVariants({ variant: "secondary", size: "sm" })} rel="prev">
            <ChevronLeft aria-hidden />
            {t.previous}
          </Link>
        ) : (
          <span role="link" aria-disabled="true" className={disabled}>
            <ChevronLeft aria-hidden />
            {t.previous}
          </span>
        )}
        {next ? (
          <Link href={next} className={buttonVariants({ variant: "secondary", size: "sm" })} rel="next">
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
