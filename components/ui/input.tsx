import type { ComponentProps } from "react";
import { cn } from "./cn";

const field =
  "h-8 rounded-md border border-neutral-300 bg-white px-2.5 text-sm text-neutral-900 shadow-xs placeholder:text-neutral-400 focus-visible:border-accent-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-accent-600/40 disabled:opacity-50 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100 dark:placeholder:text-neutral-500";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(field, className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(field, "pr-7", className)} {...props} />;
}

export function Label({ className, ...props }: ComponentProps<"label">) {
  return <label className={cn("text-xs font-medium text-neutral-700 dark:text-neutral-300", className)} {...props} />;
}
