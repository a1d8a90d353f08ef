import type { ReactNode } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { cn } from "./cn";

/** What a form says after a submit: a failure is announced at once, anything else politely. */
export type FormStatus = { tone: "info" | "danger"; text: string };

/** A form's last row: its status on the left, the submit button on the right. */
export function FormFooter({ status, submitting, children, className }: { status: FormStatus | null; submitting: boolean; children: ReactNode; className?: string }) {
  return (
    <div className={cn("flex flex-wrap items-center justify-end gap-3", className)}>
      {status ? (
        <Alert tone={status.tone} role={status.tone === "danger" ? "alert" : "status"} className="mr-auto">
          {status.text}
        </Alert>
      ) : null}
      <Button type="submit" variant="primary" disabled={submitting}>
        {children}
      </Button>
    </div>
  );
}
