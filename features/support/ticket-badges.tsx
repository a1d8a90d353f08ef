import { Badge, Dot, type BadgeTone } from "@/components/ui/badge";
import type { TicketSeverity as Severity, TicketStatus } from "@/generated/prisma/enums";

export type Audience = "customer" | "staff";

const SEVERITY_TONE: Record<Severity, BadgeTone> = { CRITICAL: "red", HIGH: "orange", MEDIUM: "amber", LOW: "neutral" };
const STATUS_TONE: Record<TicketStatus, BadgeTone> = { OPEN: "blue", ON_HOLD: "violet", AWAITING_REPLY: "amber", SOLVED: "green", CLOSED: "neutral" };

// Plain markup, the same from server and client components: the caller passes the words in the
// page's language (the ticket table from texts(), the ticket page from useTexts() through
// ./use-status-label.ts), so the ticket table's rows stay one static string (components/ui/table.tsx).

export function SeverityBadge({ severity, label }: { severity: Severity; label: string }) {
  return (
    <Badge tone={SEVERITY_TONE[severity]} data-severity={severity}>
      {label}
    </Badge>
  );
}

export function TicketStatusBadge({ status, label }: { status: TicketStatus; label: string }) {
  return (
    <Badge tone={STATUS_TONE[status]} data-status={status}>
      <Dot tone={STATUS_TONE[status]} />
      {label}
    </Badge>
  );
}

export function BreachBadge({ label }: { label: string }) {
  return <Badge tone="red">{label}</Badge>;
}
