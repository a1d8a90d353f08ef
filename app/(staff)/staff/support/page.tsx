import { Inbox } from "lucide-react";
import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Label, Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/features/lists/pagination";
import { queryString } from "@/lib/query-string";
import { listQueryFrom, requireStaffPageActor } from "@/features/support/load";
import { SEVERITIES } from "@/lib/support-schemas";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
import { TICKET_STATUSES as STATUSES } from "@/lib/ticket-status";
import { staffCatalogue } from "@/lib/i18n/catalogues/messages-staff";
import { texts } from "@/server/i18n/texts";
import { TicketTable } from "@/features/support/ticket-table";
import { safeTimeZone } from "@/lib/format";
import { db } from "@/server/db";
import { listOrganizationNames } from "@/server/store/admin";
import { listQueue } from "@/server/store/tickets";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await texts(staffCatalogue)).staffMessages.queueTitle };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SupportQueuePage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireStaffPageActor("work:ticket-queue");
  const { staffMessages: t, STAFF_STATUS_LABEL } = await texts(staffCatalogue);
  const { SEVERITY_LABEL } = await texts(supportCatalogue);
  const query = listQueryFrom(await searchParams);
  const [result, orgs] = await Promise.all([
    listQueue(db(), actor, query),
    listOrganizationNames(db(), actor),
  ]);
  const href = (page: number) =>
    `/staff/support${queryString({ status: query.status, severity: query.severity, orgId: query.orgId, breached: query.breached ? "1" : undefined, page: page > 1 ? page : undefined })}`;
  return (
    <>
      <PageHeader title={t.queueTitle} description={t.queueDescription} />
      <Card>
        <form method="get" action="/staff/support" className="flex flex-wrap items-end gap-3 border-b border-neutral-200 px-3 py-2 dark:border-neutral-800">
          <div className="flex flex-col gap-1">
            <Label htmlFor="queue-status">{t.status}</Label>
            <Select id="queue-status" name="status" defaultValue={query.status ?? ""}>
              <option value="">{t.any}</option>
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STAFF_STATUS_LABEL[status]}
                </option>
              ))}
            </Select>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="queue-severity">{t.severity}</Label>
            <Select id="queue-severity" name="severity" defaultValue={query.severity ?? ""}>
              <option value="">{t.any}</option>
              {SEVERITIES.map((severity) => (
                <option key={severity} value={severity}>
                  {SEVERITY_LABEL[severity]}
                </option>
              ))}
            </Select>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="queue-org">{t.organisation}</Label>
            <Select id="queue-org" name="orgId" defaultValue={query.orgId ?? ""}>
              <option value="">{t.any}</option>
              {orgs.map((org) => (
                <option key={org.id} value={org.id}>
                  {org.name}
                </option>
              ))}
            </Select>
          </div>
          <label className="flex h-8 items-center gap-2 text-sm">
            <input type="checkbox" name="breached" value="1" defaultChecked={query.breached ?? false} />
            {t.breachedOnly}
          </label>
          <Button type="submit">{t.filter}</Button>
        </form>
        {result.items.length ? (
          <>
            <TicketTable rows={result.items} hrefBase="/staff/support" timeZone={safeTimeZone(actor.timeZone)} staff={{ now: new Date().toISOString() }} caption={t.queueTitle} />
            <Pagination page={result.page} pageSize={result.pageSize} total={result.total} href={href} />
          </>
        ) : (
          <EmptyState icon={Inbox} title={t.queueEmpty}>
            {t.queueEmptyBody}
          </EmptyState>
        )}
      </Card>
    </>
  );
}
