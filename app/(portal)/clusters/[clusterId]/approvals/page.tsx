import { ClipboardCheck } from "lucide-react";
import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/features/lists/pagination";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { ApprovalWindowForm } from "@/features/approvals/approval-window-form";
import { ApprovalsTable } from "@/features/approvals/approvals-table";
import { loadForPage } from "@/features/environments/load";
import { ZApprovalListQuery } from "@/lib/approvals";
import { can } from "@/server/auth/permissions";
import { azureGatewayFromEnv } from "@/server/azure/gateway";
import { db } from "@/server/db";
import { approverRight } from "@/server/domain/approvals/approver-right";
import { listApprovals } from "@/server/domain/approvals/list-approvals";
import { approvalsCatalogue } from "@/lib/i18n/catalogues/messages-approvals";
import { texts } from "@/server/i18n/texts";
import { Time } from "@/components/ui/time";

export async function generateMetadata(): Promise<Metadata> {
  const { approvalMessages: t } = await texts(approvalsCatalogue);
  return { title: t.title };
}

type Props = { params: Promise<{ clusterId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ApprovalsPage({ params, searchParams }: Props) {
  const { approvalMessages: t } = await texts(approvalsCatalogue);
  const { clusterId } = await params;
  const query = ZApprovalListQuery.safeParse(await searchParams);
  const { actor, data } = await loadForPage(`/clusters/${clusterId}/approvals`, (a) => listApprovals(db(), a, clusterId, query.success ? query.data : {}));
  const { cluster, windows, ...page } = data;
  const facts = { orgId: cluster.orgId, subscriptionId: cluster.connection.subscriptionId };
  // The Azure role is asked only of those whose portal role could decide.
  const decide = can(actor, "decide:approvals", cluster.orgId) ? await approverRight(db(), azureGatewayFromEnv(), actor, facts) : { ok: false as const, reason: t.refusals.notApprover };
  const defineWindows = decide.ok && can(actor, "manage:approval-windows", cluster.orgId);
  const base = `/clusters/${cluster.id}/approvals`;

  return (
    <div className="space-y-4">
      <PageHeader title={t.title} description={data.plan === "JIT" ? t.description : t.standardPlan} className="mb-2" />
      {data.plan === "JIT" ? <Alert tone="info">{decide.ok ? t.approverNote : t.notApprover(decide.reason)}</Alert> : null}

      <Card aria-labelledby="approvals-heading">
        <CardHeader id="approvals-heading" title={t.tableLabel} />
        {page.total === 0 ? (
          <EmptyState icon={ClipboardCheck} title={t.emptyTitle} headingLevel={3}>
            {t.emptyText}
          </EmptyState>
        ) : (
          <>
            <ApprovalsTable clusterId={cluster.id} initial={{ ...page, windows }} canDecide={decide.ok} />
            <Pagination page={page.page} pageSize={page.pageSize} total={page.total} href={(n) => `${base}?page=${n}`} className="px-4 py-2" />
          </>
        )}
      </Card>

      {data.plan === "JIT" ? (
        <Card aria-labelledby="windows-heading">
          <CardHeader id="windows-heading" title={t.windows.title} />
          <p className="px-4 pt-3 text-sm text-neutral-700 dark:text-neutral-300">{t.windows.description}</p>
          {windows.length === 0 ? (
            <p className="px-4 py-3 text-sm text-neutral-600 dark:text-neutral-400">{t.windows.empty}</p>
          ) : (
            <Table aria-label={t.windows.tableLabel}>
              <THead>
                <tr>
                  <TH>{t.windows.columns.from}</TH>
                  <TH>{t.windows.columns.until}</TH>
                  <TH>{t.windows.columns.reason}</TH>
                  <TH>{t.windows.columns.by}</TH>
                </tr>
              </THead>
              <TBody>
                {windows.map((w) => (
                  <TR key={w.id}>
                    <TD className="whitespace-nowrap"><Time value={w.startsAt} /></TD>
                    <TD className="whitespace-nowrap"><Time value={w.endsAt} /></TD>
                    <TD>{w.reason}</TD>
                    <TD>{w.createdBy ?? "—"}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
          {defineWindows ? <ApprovalWindowForm clusterId={cluster.id} /> : null}
        </Card>
      ) : null}
    </div>
  );
}
