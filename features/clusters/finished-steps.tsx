"use client";

import { useState } from "react";
import { lazyComponent } from "@/components/ui/lazy-component";
import type { OperationStepDto } from "./operation-types";
import type { StepStatusLabels } from "./step-list";

const loadStepList = () => import("./step-list").then((module) => module.StepList);
// Most finished operations' steps are never opened: their list (and its icons) loads when one is
// about to be, on pointing at or focusing the summary.
const StepList = lazyComponent(loadStepList);

// The operations whose steps were opened on this page. When a running operation ends, the page is
// drawn again from the server and its row is a new one: it opens as the person left it.
const opened = new Set<string>();

/**
 * A finished operation's steps, folded; rendered only once opened (most never are, and a page has
 * many). Takes its texts as props, so a server-rendered list of operations sends no catalogue with it.
 */
export function FinishedSteps({
  operationId,
  steps,
  summary,
  statusLabels,
}: {
  operationId: string;
  steps: OperationStepDto[];
  summary: string;
  statusLabels: StepStatusLabels;
}) {
  const [open, setOpen] = useState(() => opened.has(operationId));
  const preload = () => void loadStepList().catch(() => undefined);
  return (
    <details
      className="group mt-1 text-xs"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary
        // Noted at the click (keys on the summary click it too), before the toggle event: the row may
        // be drawn anew before that event comes.
        onClick={(event) => {
          if ((event.currentTarget.parentElement as HTMLDetailsElement).open) opened.delete(operationId);
          else opened.add(operationId);
        }}
        onPointerEnter={preload}
        onFocus={preload}
        className="cursor-pointer select-none text-neutral-600 hover:text-neutral-900 dark:text-neutral-400 dark:hover:text-neutral-100"
      >
        {summary}
      </summary>
      {open ? <StepList steps={steps} statusLabels={statusLabels} /> : null}
    </details>
  );
}
