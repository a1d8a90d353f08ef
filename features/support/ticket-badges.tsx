import { Badge, Dot, type BadgeTone } from "@/components/ui/badge";
import { SEVERITY_LABEL } from "@/lib/support-schemas";
import { STATUS_LABEL } from "@/lib/ticket-status";

type Severity = keyof typeof SEVERITY_LABEL;
type Status = keyof typeof STATUS_LABEL;

const SEVERITY_TONE: Record<Severity, BadgeTone> = { CRITICAL: "red", HIGH: "orange", MEDIUM: "amber", LOW: "neutral" };
const STATUS_TONE: Record<Status, BadgeTone> = { OPEN: "blue", ON_HOLD: "violet", AWAITING_REPLY: "amber", SOLVED: "green", CLOSED: "neutral" };

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <Badge tone={SEVERITY_TONE[severity]} data-severity={severity}>
      {SEVERITY_LABEL[severity]}
    </Badge>
  );
}

export function TicketStatusBadge({ status }: { status: Status }) {
  return (
    <Badge tone={STATUS_TONE[status]} data-status={status}>
      <Dot tone={STATUS_TONE[status]} />
      {STATUS_LABEL[status]}
    </Badge>
  );
}

export function BreachBadge() {
  return <Badge tone="red">SLA breached</Badge>;
}
