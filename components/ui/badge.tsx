import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "./cn";

export const badgeVariants = cva("badge", {
  variants: {
    tone: {
      neutral: "badge-neutral",
      blue: "badge-blue",
      indigo: "badge-indigo",
      green: "badge-green",
      red: "badge-red",
      amber: "badge-amber",
      violet: "badge-violet",
      orange: "badge-orange",
    },
  },
  defaultVariants: { tone: "neutral" },
});

export type BadgeTone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;

export function Badge({ className, tone, ...props }: ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}

const DOT: Record<BadgeTone, string> = {
  neutral: "bg-neutral-400",
  blue: "bg-sky-500",
  indigo: "bg-indigo-500",
  green: "bg-emerald-500",
  red: "bg-red-500",
  amber: "bg-amber-500",
  violet: "bg-violet-500",
  orange: "bg-orange-500",
};

export function Dot({ tone, pulse }: { tone: BadgeTone; pulse?: boolean }) {
  return <span aria-hidden className={cn("size-1.5 rounded-full", DOT[tone], pulse && "animate-pulse")} />;
}
