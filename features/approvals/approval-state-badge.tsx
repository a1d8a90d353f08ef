import { Badge, Dot, type BadgeTone } from "@/components/ui/badge";
import type { ApprovalState } from "@/generated/prisma/enums";
import { approvalsCatalogue } from "@/lib/i18n/catalogues/messages-approvals";
import { useTexts } from "@/components/i18n/locale-provider";

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
  const { APPROVAL_STATE_LABELS } = useTexts(approvalsCatalogue);
  return (
    <Badge tone={TONE[state]} data-testid="approval-state">
      <Dot tone={TONE[state]} pulse={state === "EXECUTING"} />
      {APPROVAL_STATE_LABELS[state]}
    </Badge>
  );
}
