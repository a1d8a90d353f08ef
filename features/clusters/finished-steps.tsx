"use client";

import { useSyncExternalStore } from "react";
import { lazyComponent } from "@/components/ui/lazy-component";
import type { OperationStepDto } from "./operation-types";
import type { StepStatusLabels } from "./step-list";

const loadStepList = () => import("./step-list").then((module) => module.StepList);
// Most finished operations' steps are never opened: their list (and its icons) loads when one is
// about to be, on pointing at or focusing the summary.
const StepList = lazyComponent(loadStepList);

// The operations whose steps are open on this page. When a running operation ends, the page is drawn
// again from the server and its row is a new one: it opens as the person left it. The redraw is a
// transition, so the new row may be rendered before a click on the old one and shown after it: a store
// (not state read once) lets React draw it again with what the click changed.
const opened = new Set<string>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

function setOpened(operationId: string, open: boolean) {
  if (opened.has(operationId) === open) return;
  if (open) opened.add(operationId);
  else opened.delete(operationId);
  for (const listener of listeners) listener();
}

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
  const open = useSyncExternalStore(subscribe, () => opened.has(operationId), () => false);
  const preload = () => void loadStepList().catch(() => undefined);
  return (
    // Open or closed as the store says: the summary's click (keys on it click it too) changes the store
    // instead of the element; `toggle` covers the browser opening it by itself (find in page).
    <details className="group mt-1 text-xs" open={open} onToggle={(event) => setOpened(operationId, event.currentTarget.open)}>
      <summary
        onClick={(event) => {
          event.preventDefault();
          setOpened(operationId, !open);
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
