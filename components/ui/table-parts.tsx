import type { ComponentProps } from "react";
import { cn } from "./cn";

// The parts of a table without the HTML writer (./static-markup.ts): client components import these,
// server components ./table.tsx, whose TBody turns plain rows into one string.

/**
 * Dense data table. Every table sits in this one wrapper, which scrolls sideways inside its card on
 * narrow screens; `contain: inline-size` keeps the table's width from widening the card, the
 * page's grid or the document (the wrapper takes its container's width, whatever the table needs).
 * `relative` makes the wrapper the containing block of the cells' absolutely positioned parts (a
 * header's `sr-only` label): without it they are laid out past the wrapper's edge and widen the page.
 */
export function Table({ className, ...props }: ComponentProps<"table">) {
  return (
    <div className="relative w-full overflow-x-auto [contain:inline-size]">
      <table className={cn("w-full border-collapse text-left text-sm", className)} {...props} />
    </div>
  );
}

export function THead({ className, ...props }: ComponentProps<"thead">) {
  return (
    <thead
      className={cn(
        "border-b border-neutral-200 bg-neutral-50 text-xs font-medium text-neutral-600 dark:border-neutral-800 dark:bg-neutral-900/60 dark:text-neutral-400",
        className,
      )}
      {...props}
    />
  );
}

/** A table body as React draws it (client components: rows with handlers and state). */
export function TBody({ className, ...props }: ComponentProps<"tbody">) {
  return <tbody className={cn("divide-y divide-neutral-200 dark:divide-neutral-800", className)} {...props} />;
}

export function TR({ className, ...props }: ComponentProps<"tr">) {
  return <tr className={cn("tr", className)} {...props} />;
}

export function TH({ className, scope = "col", ...props }: ComponentProps<"th">) {
  return <th scope={scope} className={cn("th", className)} {...props} />;
}

export function TD({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("td", className)} {...props} />;
}
