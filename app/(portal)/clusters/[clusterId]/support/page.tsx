import { LifeBuoy, Plus } from "lucide-react";
import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/features/lists/pagination";
import { queryString } from "@/lib/query-string";
import { loadCluster } from "@/features/clusters/load-cluster";
import { StatusFilter } from "@/features/support/filter-tabs";
import { listQueryFrom } from "@/features/support/load";
import { TicketTable } from "@/features/support/ticket-table";
import { safeTimeZone } from "@/lib/format";
import { can } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { listTickets } from "@/server/store/tickets";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
import { texts } from "@/server/i18n/texts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await texts(supportCatalogue)).supportMessages.centerTitle };
}

type Params = Promise<{ clusterId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ClusterSupportPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { actor, cluster } = await loadCluster((await params).clusterId);
  const t = (await texts(supportCatalogue)).supportMessages;
  const query = listQueryFrom(await searchParams, { orgId: cluster.orgId, clusterId: cluster.id });
  const result = await listTickets(db(), actor, query);
  const base = `/clusters/${cluster.id}/support`;
  const href = (page: number) => `${base}${queryString({ status: query.status, page: page > 1 ? page : undefined })}`;
  return (
    <>
      <PageHeader
        title={t.centerTitle}
        description={t.clusterDescription(cluster.name)}
        actions={
          can(actor, "create:ticket", cluster.orgId) ? (
            <ButtonLink href={`${base}/new`} variant="primary">
              <Plus aria-hidden />
              {t.openTicket}
            </ButtonLink>
          ) : null
        }
      />
      <Card>
        <StatusFilter basePath={base} current={query.status} />
        {result.items.length ? (
          <>
            <TicketTable rows={result.items} hrefBase="/support" timeZone={safeTimeZone(actor.timeZone)} caption={t.ticketsCaption} />
            <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={href} />
          </>
        ) : (
          <EmptyState icon={LifeBuoy} title={query.status ? t.emptyFiltered : t.clusterEmpty}>
            {t.clusterEmptyBody}
          </EmptyState>
        )}
      </Card>
    </>
  );
}
