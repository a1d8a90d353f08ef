"use client";

import { useTexts } from "@/components/i18n/locale-provider";
import { Badge, Dot, type BadgeTone } from "@/components/ui/badge";
import type { TicketSeverity as Severity, TicketStatus } from "@/generated/prisma/enums";
import { staffCatalogue } from "@/lib/i18n/catalogues/messages-staff";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
export type Audience = "customer" | "staff";

const SEVERITY_TONE: Record<Severity, BadgeTone> = { CRITICAL: "red", HIGH: "orange", MEDIUM: "amber", LOW: "neutral" };
const STATUS_TONE: Record<TicketStatus, BadgeTone> = { OPEN: "blue", ON_HOLD: "violet", AWAITING_REPLY: "amber", SOLVED: "green", CLOSED: "neutral" };

/** One label map per audience: customers read the support policy's words, staff their own. */
export function useStatusLabel(audience: Audience): (status: TicketStatus) => string {
  const { CUSTOMER_STATUS_LABEL } = useTexts(supportCatalogue);
  const { STAFF_STATUS_LABEL } = useTexts(staffCatalogue);
  const labels = audience === "staff" ? STAFF_STATUS_LABEL : CUSTOMER_STATUS_LABEL;
  return (status) => labels[status];
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { SEVERITY_LABEL } = useTexts(supportCatalogue);
  return (
    <Badge tone={SEVERITY_TONE[severity]} data-severity={severity}>
      {SEVERITY_LABEL[severity]}
    </Badge>
  );
}

export function TicketStatusBadge({ status, audience = "customer" }: { status: TicketStatus; audience?: Audience }) {
  const label = useStatusLabel(audience);
  return (
    <Badge tone={STATUS_TONE[status]} data-status={status}>
      <Dot tone={STATUS_TONE[status]} />
      {label(status)}
    </Badge>
  );
}

export function BreachBadge() {
  const { supportMessages } = useTexts(supportCatalogue);
  return <Badge tone="red">{supportMessages.breached}</Badge>;
}
