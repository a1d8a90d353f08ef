import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: ComponentProps<"section">) {
  return (
    <section
      className={cn("rounded-lg border border-neutral-200 bg-white shadow-xs dark:border-neutral-800 dark:bg-neutral-900", className)}
      {...props}
    />
  );
}

/** A card header with a heading (level 2 by default) and optional actions on the right. */
export function CardHeader({
  title,
  description,
  actions,
  id,
  level = 2,
  className,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  id?: string;
  level?: 2 | 3;
  className?: string;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className={cn("flex items-start justify-between gap-3 border-b border-neutral-200 px-4 py-3 dark:border-neutral-800", className)}>
      <div className="min-w-0">
        <Heading id={id} className="text-sm font-semibold text-neutral-900 dark:text-neutral-100">
          {title}
        </Heading>
        {description ? <p className="mt-0.5 text-xs text-neutral-600 dark:text-neutral-400">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
}

export function CardBody({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("px-4 py-3", className)} {...props} />;
}
