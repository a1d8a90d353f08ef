import { CheckCircle2, Circle, CircleDashed, Loader2, XCircle } from "lucide-react";
import { cn } from "@/components/ui/cn";
import type { OperationStepDto } from "./operation-types";

/** What each step's state is called, for people who cannot see its icon. */
export type StepStatusLabels = Readonly<Record<OperationStepDto["status"], string>>;

/** An operation's steps with their state. No state of its own: a client component passes its texts. */
export function StepList({ steps, statusLabels }: { steps: OperationStepDto[]; statusLabels: StepStatusLabels }) {
  return (
    <ol className="mt-2 grid gap-x-6 gap-y-1 text-xs sm:grid-cols-2">
      {steps.map((step, index) => (
        <StepRow key={`${index}-${step.name}`} step={step} label={statusLabels[step.status] ?? step.status} />
      ))}
    </ol>
  );
}

function StepRow({ step, label }: { step: OperationStepDto; label: string }) {
  const Icon =
    step.status === "succeeded" ? CheckCircle2 : step.status === "failed" ? XCircle : step.status === "running" ? Loader2 : step.status === "skipped" ? CircleDashed : Circle;
  return (
    <li className="flex min-w-0 items-start gap-1.5" data-step-status={step.status}>
      <Icon
        aria-hidden
        className={cn(
          "mt-px size-3.5 shrink-0",
          step.status === "succeeded" && "text-emerald-600 dark:text-emerald-400",
          step.status === "failed" && "text-red-600 dark:text-red-400",
          step.status === "running" && "animate-spin text-accent-600 dark:text-accent-400",
          (step.status === "pending" || step.status === "skipped") && "text-neutral-400",
        )}
      />
      <span className="min-w-0">
        <span className={cn(step.status === "pending" && "text-neutral-500 dark:text-neutral-400")}>{step.name}</span>
        <span className="sr-only"> ({label})</span>
        {step.detail ? <span className="block truncate text-neutral-500 dark:text-neutral-400">{step.detail}</span> : null}
      </span>
    </li>
  );
}
