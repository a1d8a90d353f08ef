import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { ActivityLog } from "@/features/activity/activity-log";
import { parseActivityParams } from "@/features/activity/activity-params";
import { loadCluster } from "@/features/clusters/load-cluster";
import { safeTimeZone } from "@/lib/format";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { texts } from "@/server/i18n/texts";
import { db } from "@/server/db";
import { listOrgActivity } from "@/server/store/ui-activity";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";

type Params = Promise<{ clusterId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { cluster } = await loadCluster((await params).clusterId);
  const { messages } = await texts(messagesCatalogue);
  return { title: `${messages.activity.title} · ${cluster.name}` };
}

export default async function ClusterActivityPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { actor, cluster } = await loadCluster((await params).clusterId);
  const { statusMessages } = await texts(statusCatalogue);
  const { messages } = await texts(messagesCatalogue);
  const query = parseActivityParams(await searchParams, cluster.id);
  const { items, total, totalCapped } = await listOrgActivity(db(), actor, cluster.orgId, query);
  return (
    <>
      <PageHeader title={messages.activity.title} meta={<StatusBadge status={cluster.status} label={statusMessages.clusterStatus[cluster.status]} />} description={messages.activity.clusterDescription} />
      <ActivityLog items={items} total={total} totalCapped={totalCapped} query={query} basePath={`/clusters/${cluster.id}/activity`} timeZone={safeTimeZone(actor.timeZone)} />
    </>
  );
}
