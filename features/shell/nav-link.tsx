"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

// The looks of each navigation, here rather than passed in: a server component's props to a client
// component travel in every page's payload (docs/decisions/0038-page-speed-shell.md). The active and
// inactive classes must not overlap the base classes (cn joins, it does not merge).
const LOOKS = {
  top: {
    base: "flex h-12 items-center border-b-2 px-3 text-sm hover:text-white focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent-400",
    active: "border-accent-400 text-white",
    inactive: "border-transparent text-neutral-300",
  },
  mobile: {
    base: "flex h-10 items-center rounded-md border-l-2 px-3 text-sm focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent-400",
    active: "border-accent-400 bg-neutral-800 text-white",
    inactive: "border-transparent text-neutral-200 hover:bg-neutral-800 hover:text-white",
  },
  cluster: {
    base: "flex h-8 items-center gap-2 rounded-md px-2.5 text-sm focus-visible:outline-2 focus-visible:outline-accent-600",
    active: "bg-accent-50 font-medium text-accent-900 dark:bg-accent-950 dark:text-accent-100",
    inactive: "text-neutral-700 hover:bg-neutral-100 hover:text-neutral-900 dark:text-neutral-300 dark:hover:bg-neutral-800 dark:hover:text-neutral-100",
  },
} as const;

/** A navigation link that marks itself with aria-current when its section is open. */
export function NavLink({ href, children, exact = false, look }: { href: string; children: ReactNode; exact?: boolean; look: keyof typeof LOOKS }) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  const classes = LOOKS[look];
  return (
    <a href={href} aria-current={active ? "page" : undefined} className={cn(classes.base, active ? classes.active : classes.inactive)}>
      {children}
    </a>
  );
}
