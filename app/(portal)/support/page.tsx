import { LifeBuoy, Plus } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination, queryString } from "@/components/ui/pagination";
import { currentOrg } from "@/features/shell/current-org";
import { StatusFilter } from "@/features/support/filter-tabs";
import { listQueryFrom, requirePageActor } from "@/features/support/load";
import { TicketTable } from "@/features/support/ticket-table";
import { safeTimeZone } from "@/lib/format";
import { can } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { listTicketsPage } from "@/server/store/tickets";

export const metadata: Metadata = { title: "Support Center" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SupportCenterPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  if (actor.staffRole) redirect("/staff/support");
  const org = await currentOrg(actor);
  if (!org || !can(actor, "read:tickets", org.orgId)) {
    return (
      <>
        <PageHeader title="Support Center" />
        <Card>
          <EmptyState icon={LifeBuoy} title="No organisation">You are not a member of an organisation yet.</EmptyState>
        </Card>
      </>
    );
  }
  const query = listQueryFrom(await searchParams, { orgId: org.orgId });
  const result = await listTicketsPage(db(), actor, query);
  const timeZone = safeTimeZone(actor.timeZone);
  const href = (page: number) => `/support${queryString({ status: query.status, page: page > 1 ? page : undefined })}`;
  return (
    <>
      <PageHeader
        title="Support Center"
        description={`Support tickets of ${org.orgName}. First response: Critical < 2 office hours, High < 8 office hours, Medium next business day, Low reasonable effort.`}
        actions={
          can(actor, "create:ticket", org.orgId) ? (
            <ButtonLink href="/support/new" variant="primary">
              <Plus aria-hidden />
              Open a Ticket
            </ButtonLink>
          ) : null
        }
      />
      <Card>
        <StatusFilter basePath="/support" current={query.status} />
        {result.items.length ? (
          <>
            <TicketTable rows={result.items} hrefBase="/support" timeZone={timeZone} caption="Support tickets" />
            <Pagination page={result.page} pageSize={result.pageSize} total={result.total} totalCapped={result.totalCapped} href={href} />
          </>
        ) : (
          <EmptyState icon={LifeBuoy} title={query.status ? "No tickets with this status" : "No tickets yet"}>
            Open a ticket when something does not work; recent logs of the cluster are attached for you.
          </EmptyState>
        )}
      </Card>
    </>
  );
}
