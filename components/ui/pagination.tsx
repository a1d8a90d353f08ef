import { PaginationView } from "./pagination-view";

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
  return (
    <PaginationView
      from={from}
      to={to}
      total={total}
      page={Math.min(page, pages)}
      pages={pages}
      capped={totalCapped}
      previous={page > 1 ? href(Math.min(page - 1, pages)) : null}
      next={page < pages ? href(page + 1) : null}
      className={className}
    />
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
