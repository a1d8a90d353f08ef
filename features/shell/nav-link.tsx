"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import { clsx } from "clsx";

/**
 * A navigation link that marks itself with aria-current when its section is open. Classes are
 * joined with clsx, not tailwind-merge (which would add ~9 kB to every page), so the active and
 * inactive classes must not overlap the base classes.
 */
export function NavLink({
  href,
  children,
  exact = false,
  className,
  activeClassName,
  inactiveClassName,
}: {
  href: string;
  children: ReactNode;
  exact?: boolean;
  className?: string;
  activeClassName?: string;
  inactiveClassName?: string;
}) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={active ? "page" : undefined} className={clsx(className, active ? activeClassName : inactiveClassName)}>
      {children}
    </Link>
  );
}
