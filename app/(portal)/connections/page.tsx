import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Properties } from "@/components/ui/properties";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/features/lists/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { Time } from "@/components/ui/time";
import { ConnectForm } from "@/features/connections/connect-form";
import { ConnectionActions } from "@/features/connections/connection-actions";
import { currentOrg } from "@/features/shell/current-org";
import { ZConnectionListQuery } from "@/lib/connections";
import { formatDateTime, safeTimeZone } from "@/lib/format";
import { currentActor } from "@/server/auth/actor";
import { can } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { listConnections } from "@/server/store/connections";
import { connectionsCatalogue } from "@/lib/i18n/catalogues/messages-connections";
import { requestLocale, texts } from "@/server/i18n/texts";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";

export async function generateMetadata(): Promise<Metadata> {
  const { connectionMessages: t } = await texts(connectionsCatalogue);
  return { title: t.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The organisation's Azure connections and the clusters found in each (owners; anyone else gets 404). */
export default async function ConnectionsPage({ searchParams }: { searchParams: SearchParams }) {
  const [{ connectionMessages: t }, { statusMessages }] = await Promise.all([texts(connectionsCatalogue), texts(statusCatalogue)]);
  const locale = await requestLocale();
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  const org = await currentOrg(actor);
  if (!org || !can(actor, "manage:connections", org.orgId)) notFound();
  const params = await searchParams;
  const parsed = ZConnectionListQuery.safeParse({ page: typeof params.page === "string" ? params.page : undefined });
  const query = parsed.success ? parsed.data : ZConnectionListQuery.parse({});
  const page = await listConnections(db(), [org.orgId], query);
  const timeZone = safeTimeZone(actor.timeZone);

  return (
    <div className="space-y-4">
      <PageHeader title={t.title} description={t.description(org.orgName)} />
      <Card>
        <CardHeader title={t.connectHeading} description={t.connectIntro} />
        <CardBody>
          <ConnectForm orgId={org.orgId} />
        </CardBody>
      </Card>
      {page.items.length === 0 ? (
        <Card>
          <EmptyState title={t.empty}>{t.connectIntro}</EmptyState>
        </Card>
      ) : null}
      {page.items.map((connection) => (
        <Card key={connection.id} aria-labelledby={`connection-${connection.id}`}>
          <CardHeader id={`connection-${connection.id}`} title={connection.displayName} />
          <CardBody className="space-y-3">
            <ConnectionActions connectionId={connection.id} name={connection.displayName} />
            <Properties
              items={[
                { label: t.subscription, value: <span className="font-mono text-xs">{connection.subscriptionId}</span> },
                { label: t.tenant, value: <span className="font-mono text-xs">{connection.tenantId}</span> },
                { label: t.lastScanned, value: <Time value={connection.lastScannedAt} relative fallback={t.neverScanned} /> },
              ]}
            />
            <h3 className="text-sm font-semibold">{t.clustersHeading}</h3>
            {connection.clusters.length === 0 ? (
              <p className="text-sm text-neutral-600 dark:text-neutral-400">{t.noClusters}</p>
            ) : (
              <Table aria-label={`${t.clustersHeading}: ${connection.displayName}`}>
                <THead>
                  <TR>
                    <TH>{t.columns.name}</TH>
                    <TH>{t.columns.region}</TH>
                    <TH>{t.columns.resourceGroup}</TH>
                    <TH>{t.columns.status}</TH>
                  </TR>
                </THead>
                <TBody>
                  {connection.clusters.map((cluster) => (
                    <TR key={cluster.id}>
                      <TD>
                        <a href={`/clusters/${cluster.id}`} className="font-medium text-accent-700 hover:underline dark:text-accent-300">
                          {cluster.name}
                        </a>
                      </TD>
                      <TD>{cluster.region}</TD>
                      <TD className="font-mono text-xs">{cluster.managedResourceGroup}</TD>
                      <TD>
                        <div className="flex flex-wrap items-center gap-1.5">
                          <StatusBadge status={cluster.status} label={statusMessages.clusterStatus[cluster.status]} />
                          {cluster.removedFromAzureAt ? (
                            <Badge tone="orange" title={t.removedHint(formatDateTime(cluster.removedFromAzureAt, timeZone, "—", locale))}>
                              {t.removedBadge}
                            </Badge>
                          ) : null}
                        </div>
                      </TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
            )}
            {connection._count.clusters > connection.clusters.length ? <p className="text-xs text-neutral-500">{t.moreClusters(connection.clusters.length, connection._count.clusters)}</p> : null}
          </CardBody>
        </Card>
      ))}
      {page.total > page.pageSize ? <Pagination page={page.page} pageSize={page.pageSize} total={page.total} href={(n: number) => `/connections?page=${n}`} /> : null}
    </div>
  );
}
