import { Badge, Dot, type BadgeTone } from "@/components/ui/badge";
import type { ApprovalState } from "@/generated/prisma/enums";
import { APPROVAL_STATE_LABELS } from "@/lib/messages-approvals";

const TONE: Record<ApprovalState, BadgeTone> = {
  PENDING: "amber",
  APPROVED: "blue",
  DENIED: "red",
  EXPIRED: "neutral",
  EXECUTING: "indigo",
  COMPLETE: "green",
  FAILED: "red",
};

export function ApprovalStateBadge({ state }: { state: ApprovalState }) {
  return (
    <Badge tone={TONE[state]} data-testid="approval-state">
      <Dot tone={TONE[state]} pulse={state === "EXECUTING"} />
      {APPROVAL_STATE_LABELS[state]}
    </Badge>
  );
}
