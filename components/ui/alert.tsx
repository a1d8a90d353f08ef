import { AlertTriangle, Info, XCircle } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

const TONES = {
  info: { icon: Info, className: "border-sky-200 bg-sky-50 text-sky-900 dark:border-sky-900 dark:bg-sky-950/60 dark:text-sky-200" },
  warning: { icon: AlertTriangle, className: "border-amber-200 bg-amber-50 text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-200" },
  danger: { icon: XCircle, className: "border-red-200 bg-red-50 text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200" },
} as const;

export function Alert({
  tone = "info",
  title,
  children,
  className,
  ...props
}: { tone?: keyof typeof TONES; title?: ReactNode } & ComponentProps<"div">) {
  const Icon = TONES[tone].icon;
  return (
    <div className={cn("flex gap-2.5 rounded-md border px-3 py-2.5 text-sm", TONES[tone].className, className)} {...props}>
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="min-w-0">
        {title ? <p className="font-medium">{title}</p> : null}
        {children ? <div className={cn(title && "mt-0.5")}>{children}</div> : null}
      </div>
    </div>
  );
}
