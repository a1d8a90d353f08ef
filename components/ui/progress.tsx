import { cn } from "./cn";

export function Progress({
  value,
  label,
  tone = "accent",
  className,
}: {
  value: number;
  label: string;
  tone?: "accent" | "success" | "danger";
  className?: string;
}) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={clamped}
      className={cn("h-1.5 w-full overflow-hidden rounded-full bg-neutral-200 dark:bg-neutral-800", className)}
    >
      <div
        className={cn(
          "h-full rounded-full transition-[width] duration-500",
          tone === "accent" && "bg-accent-600 dark:bg-accent-400",
          tone === "success" && "bg-emerald-600 dark:bg-emerald-400",
          tone === "danger" && "bg-red-600 dark:bg-red-400",
        )}
        style={{ width: `${clamped}%` }}
      />
    </div>
  );
}
