import { ClipboardCheck } from "lucide-react";
import { Card, CardHeader } from "@/components/ui/card";
import type { OrgPlan } from "@/generated/prisma/enums";
import { approvalsCatalogue } from "@/lib/i18n/catalogues/messages-approvals";
import { texts } from "@/server/i18n/texts";

/** The organisation's plan on a cluster's overview, and on JIT how many requests wait for approval. */
export async function PlanCard({ clusterId, plan, pending }: { clusterId: string; plan: OrgPlan; pending: number }) {
  const { approvalMessages, PLAN_LABELS } = await texts(approvalsCatalogue);
  return (
    <Card aria-labelledby="plan-heading">
      <CardHeader id="plan-heading" title={approvalMessages.admin.plan} />
      <div className="space-y-1 px-4 py-3 text-sm">
        <p data-testid="cluster-plan" className="font-medium">
          {PLAN_LABELS[plan]}
        </p>
        {plan === "JIT" ? (
          <div className="flex items-center justify-between gap-3">
            <span className="flex items-center gap-2">
              <ClipboardCheck aria-hidden className="size-4 text-neutral-500" />
              <span data-testid="pending-approvals">{approvalMessages.pendingCount(pending)}</span>
            </span>
            <a href={`/clusters/${clusterId}/approvals`} className="text-accent-700 hover:underline dark:text-accent-300">
              {approvalMessages.openApprovals}
            </a>
          </div>
        ) : null}
      </div>
    </Card>
  );
}
