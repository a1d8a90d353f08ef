import { LifeBuoy, Plus } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/features/lists/pagination";
import { queryString } from "@/lib/query-string";
import { currentOrg } from "@/features/shell/current-org";
import { StatusFilter } from "@/features/support/filter-tabs";
import { listQueryFrom, requirePageActor } from "@/features/support/load";
import { TicketTable } from "@/features/support/ticket-table";
import { safeTimeZone } from "@/lib/format";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
import { texts } from "@/server/i18n/texts";
import { can } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { listTicketsPage } from "@/server/store/tickets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await texts(supportCatalogue)).supportMessages.centerTitle };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SupportCenterPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor();
  if (actor.staffRole) redirect("/staff/support");
  const t = (await texts(supportCatalogue)).supportMessages;
  const org = await currentOrg(actor);
  if (!org || !can(actor, "read:tickets", org.orgId)) {
    return (
      <>
        <PageHeader title={t.centerTitle} />
        <Card>
          <EmptyState icon={LifeBuoy} title={t.noOrgTitle}>
            {t.noOrgBody}
          </EmptyState>
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
        title={t.centerTitle}
        description={t.centerDescription(org.orgName)}
        actions={
          can(actor, "create:ticket", org.orgId) ? (
            <ButtonLink href="/support/new" variant="primary">
              <Plus aria-hidden />
              {t.openTicket}
            </ButtonLink>
          ) : null
        }
      />
      <Card>
        <StatusFilter basePath="/support" current={query.status} />
        {result.items.length ? (
          <>
            <TicketTable rows={result.items} hrefBase="/support" timeZone={timeZone} caption={t.ticketsCaption} />
            <Pagination page={result.page} pageSize={result.pageSize} total={result.total} totalCapped={result.totalCapped} href={href} />
          </>
        ) : (
          <EmptyState icon={LifeBuoy} title={query.status ? t.emptyFiltered : t.empty}>
            {t.emptyBody}
          </EmptyState>
        )}
      </Card>
    </>
  );
}
