import type { ReactNode } from "react";
import { cn } from "./cn";
import { IN_SERVER_COMPONENTS, staticMarkup } from "./static-markup";

/**
 * Key/value list (definition list) for read-only properties. Apart from ./card.tsx so that a client
 * component drawing a card does not carry the HTML writer. In a server component, items of plain
 * elements become one HTML string (./static-markup.ts), as table bodies do; items with anything else
 * (a client component) render as React.
 */
export function Properties({ items, className }: { items: { label: ReactNode; value: ReactNode }[]; className?: string }) {
  const classes = cn("grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm", className);
  const rows = items.map((item, index) => (
    <div key={index} className="contents">
      <dt className="whitespace-nowrap text-neutral-600 dark:text-neutral-400">{item.label}</dt>
      <dd className="min-w-0 break-words text-neutral-900 dark:text-neutral-100">{item.value}</dd>
    </div>
  ));
  const markup = IN_SERVER_COMPONENTS ? staticMarkup(rows) : null;
  if (markup !== null) return <dl className={classes} dangerouslySetInnerHTML={{ __html: markup }} />;
  return <dl className={classes}>{rows}</dl>;
}
