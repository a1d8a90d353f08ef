import { Boxes, LifeBuoy, Search, ServerCog, Users } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/features/lists/pagination";
import { queryString } from "@/lib/query-string";
import { ClusterTable } from "@/features/clusters/cluster-table";
import { parseClusterListParams } from "@/features/clusters/list-params";
import { StatusTabs } from "@/features/clusters/status-tabs";
import { currentOrg } from "@/features/shell/current-org";
import { safeTimeZone } from "@/lib/format";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { texts } from "@/server/i18n/texts";
import { currentActor } from "@/server/auth/actor";
import { can, orgRole } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { listClusters } from "@/server/store/clusters";
import { SETTINGS_PAGE_BUILT } from "@/features/clusters/availability";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await texts(messagesCatalogue);
  return { title: messages.clusters.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ClustersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  const { messages } = await texts(messagesCatalogue);
  const t = messages.clusters;
  const org = await currentOrg(actor);

  if (!org) {
    const staff = Boolean(actor.staffRole);
    return (
      <>
        <PageHeader title={t.title} />
        <Card>
          <EmptyState
            icon={staff ? LifeBuoy : Users}
            title={staff ? t.staffTitle : t.noOrgTitle}
            action={
              staff ? (
                <ButtonLink href="/staff/support" variant="primary">
                  {messages.nav.supportQueue}
                </ButtonLink>
              ) : null
            }
          >
            {staff ? t.staffBody : t.noOrgBody}
          </EmptyState>
        </Card>
      </>
    );
  }

  const query = parseClusterListParams(await searchParams, org.orgId);
  const result = await listClusters(db(), actor, query);
  const timeZone = safeTimeZone(actor.timeZone);
  const isOwner = orgRole(actor, org.orgId) === "OWNER";
  const canInitialize = can(actor, "initialize:cluster", org.orgId);
  const canEdit = can(actor, "update:cluster-settings", org.orgId);
  const filtered = Boolean(query.status || query.q);
  const panelId = "clusters-panel";
  const pageHref = (page: number) =>
    `/clusters${queryString({ status: query.status, q: query.q, page: page > 1 ? page : undefined, pageSize: query.pageSize !== 25 ? query.pageSize : undefined })}`;

  return (
    <>
      <PageHeader title={t.title} description={`${t.description} ${org.orgName}.`} />
      <Card>
        <div className="flex flex-wrap items-end justify-between gap-3 border-b border-neutral-200 px-3 pt-2 dark:border-neutral-800">
          <StatusTabs current={query.status} counts={result.statusCounts} q={query.q} panelId={panelId} />
          <form role="search" method="get" action="/clusters" className="mb-2 flex items-center gap-1.5">
            {query.status ? <input type="hidden" name="status" value={query.status} /> : null}
            <label htmlFor="cluster-search" className="sr-only">
              {t.searchLabel}
            </label>
            <div className="relative">
              <Search aria-hidden className="pointer-events-none absolute left-2 top-1/2 size-4 -translate-y-1/2 text-neutral-400" />
              <Input id="cluster-search" name="q" type="search" defaultValue={query.q ?? ""} placeholder={t.searchPlaceholder} className="w-56 pl-8" />
            </div>
            <Button type="submit">{t.search}</Button>
          </form>
        </div>
        <div
          id={panelId}
          role="tabpanel"
          aria-labelledby={`tab-${query.status ?? "all"}`}
        >
          {result.items.length > 0 ? (
            <>
              <ClusterTable
                clusters={result.items}
                timeZone={timeZone}
                actions={(cluster) => ({
                  initialize: cluster.status === "READY_TO_INITIALIZE" && canInitialize,
                  rerun: cluster.status === "FAILED" && isOwner,
                  edit: SETTINGS_PAGE_BUILT && cluster.status === "INITIALIZED" && canEdit,
                })}
              />
              <div className="border-t border-neutral-200 dark:border-neutral-800">
                <Pagination page={query.page} pageSize={query.pageSize} total={result.total} href={pageHref} />
              </div>
            </>
          ) : filtered || result.total > 0 ? (
            <EmptyState
              icon={ServerCog}
              title={t.emptyFilteredTitle}
              action={
                <ButtonLink href="/clusters" variant="secondary">
                  {t.clear}
                </ButtonLink>
              }
            >
              {t.emptyFilteredBody}
            </EmptyState>
          ) : (
            <EmptyState icon={Boxes} title={t.emptyTitle}>
              {orgRole(actor, org.orgId) === "MEMBER" ? t.emptyMemberBody : t.emptyBody}
            </EmptyState>
          )}
        </div>
      </Card>
    </>
  );
}
