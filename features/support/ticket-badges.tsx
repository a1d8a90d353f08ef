import { Badge, Dot, type BadgeTone } from "@/components/ui/badge";
import { CUSTOMER_STATUS_LABEL, supportMessages } from "@/lib/messages-support";
import { STAFF_STATUS_LABEL } from "@/lib/messages-staff";
import { SEVERITY_LABEL } from "@/lib/support-schemas";
import type { TicketStatus } from "@/generated/prisma/enums";

type Severity = keyof typeof SEVERITY_LABEL;
export type Audience = "customer" | "staff";

const SEVERITY_TONE: Record<Severity, BadgeTone> = { CRITICAL: "red", HIGH: "orange", MEDIUM: "amber", LOW: "neutral" };
const STATUS_TONE: Record<TicketStatus, BadgeTone> = { OPEN: "blue", ON_HOLD: "violet", AWAITING_REPLY: "amber", SOLVED: "green", CLOSED: "neutral" };

/** One label map per audience: customers read the support policy's words, staff their own. */
export function statusLabel(status: TicketStatus, audience: Audience): string {
  return (audience === "staff" ? STAFF_STATUS_LABEL : CUSTOMER_STATUS_LABEL)[status];
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <Badge tone={SEVERITY_TONE[severity]} data-severity={severity}>
      {SEVERITY_LABEL[severity]}
    </Badge>
  );
}

export function TicketStatusBadge({ status, audience = "customer" }: { status: TicketStatus; audience?: Audience }) {
  return (
    <Badge tone={STATUS_TONE[status]} data-status={status}>
      <Dot tone={STATUS_TONE[status]} />
      {statusLabel(status, audience)}
    </Badge>
  );
}

export function BreachBadge() {
  return <Badge tone="red">{supportMessages.breached}</Badge>;
}
