import { LifeBuoy, Plus } from "lucide-react";
import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, queryString } from "@/components/ui/pagination";
import { loadCluster } from "@/features/clusters/load-cluster";
import { StatusFilter } from "@/features/support/filter-tabs";
import { listQueryFrom } from "@/features/support/load";
import { TicketTable } from "@/features/support/ticket-table";
import { safeTimeZone } from "@/lib/format";
import { can } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { listTickets } from "@/server/store/tickets";

export const metadata: Metadata = { title: "Support Center" };

type Params = Promise<{ clusterId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ClusterSupportPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { actor, cluster } = await loadCluster((await params).clusterId);
  const query = listQueryFrom(await searchParams, { orgId: cluster.orgId, clusterId: cluster.id });
  const result = await listTickets(db(), actor, query);
  const base = `/clusters/${cluster.id}/support`;
  const href = (page: number) => `${base}${queryString({ status: query.status, page: page > 1 ? page : undefined })}`;
  return (
    <>
      <PageHeader
        title="Support Center"
        description={`Support tickets of ${cluster.name}. Recent logs are attached automatically when you open a ticket.`}
        actions={
          can(actor, "create:ticket", cluster.orgId) ? (
            <ButtonLink href={`${base}/new`} variant="primary">
              <Plus aria-hidden />
              Open a Ticket
            </ButtonLink>
          ) : null
        }
      />
      <Card>
        <StatusFilter basePath={base} current={query.status} />
        {result.items.length ? (
          <>
            <TicketTable rows={result.items} hrefBase="/support" timeZone={safeTimeZone(actor.timeZone)} caption="Support tickets" />
            <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={href} />
          </>
        ) : (
          <EmptyState icon={LifeBuoy} title={query.status ? "No tickets with this status" : "No tickets for this cluster"}>
            Check the component health on the overview (Refresh status re-reads it from Azure); if something is wrong there or in your apps, open a ticket.
          </EmptyState>
        )}
      </Card>
    </>
  );
}
