import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/features/lists/pagination";
import { queryString } from "@/lib/query-string";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { ReviveButton } from "@/features/offboarding/revive-button";
import { formatDateTime, safeTimeZone } from "@/lib/format";
import { reviveDeadline } from "@/lib/offboarding";
import { currentActor } from "@/server/auth/actor";
import { canStaff } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { listRevivableClusters, ZOffboardedQuery } from "@/server/store/offboarded-clusters";
import { offboardingCatalogue } from "@/lib/i18n/catalogues/messages-offboarding";
import { requestLocale, texts } from "@/server/i18n/texts";
import { Time } from "@/components/ui/time";

export async function generateMetadata(): Promise<Metadata> {
  const { reviveMessages: t } = await texts(offboardingCatalogue);
  return { title: t.title };
}

export default async function OffboardedClustersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { reviveMessages: t } = await texts(offboardingCatalogue);
  const locale = await requestLocale();
  const actor = await currentActor();
  if (!actor || !canStaff(actor, "revive:cluster")) notFound();
  const query = ZOffboardedQuery.parse({ page: (await searchParams).page ?? undefined });
  const page = await listRevivableClusters(db(), actor, query);
  const timeZone = safeTimeZone(actor.timeZone);
  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <Card aria-label={t.title}>
        {page.items.length === 0 ? (
          <EmptyState title={t.empty} headingLevel={2} />
        ) : (
          <>
            <Table aria-label={t.title}>
              <THead>
                <TR>
                  <TH>{t.columns.cluster}</TH>
                  <TH>{t.columns.organization}</TH>
                  <TH>{t.columns.offboardedAt}</TH>
                  <TH>{t.columns.deadline}</TH>
                  <TH>{t.columns.action}</TH>
                </TR>
              </THead>
              <TBody>
                {page.items.map((cluster) => (
                  <TR key={cluster.id}>
                    <TD className="font-medium">{cluster.name}</TD>
                    <TD>{cluster.org.name}</TD>
                    <TD className="whitespace-nowrap"><Time value={cluster.offboardedAt} /></TD>
                    <TD className="whitespace-nowrap">{cluster.offboardedAt ? formatDateTime(reviveDeadline(cluster.offboardedAt), timeZone, "—", locale) : "—"}</TD>
                    <TD>
                      <ReviveButton clusterId={cluster.id} clusterName={cluster.name} />
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
            <div className="border-t border-neutral-200 dark:border-neutral-800">
              <Pagination page={page.page} pageSize={page.pageSize} total={page.total} href={(n) => `/admin/offboarded${queryString({ page: n > 1 ? n : undefined })}`} />
            </div>
          </>
        )}
      </Card>
    </>
  );
}
