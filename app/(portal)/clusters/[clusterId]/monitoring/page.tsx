import type { Metadata } from "next";
import { loadCluster } from "@/features/clusters/load-cluster";
import { AlertRulesCard, GrafanaCard } from "@/features/monitoring/monitoring-sections";
import { PageHeader } from "@/components/ui/page-header";
import { monitoringCatalogue } from "@/lib/i18n/catalogues/messages-monitoring";
import { texts } from "@/server/i18n/texts";
import { can } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { getAlertRules } from "@/server/domain/monitoring/get-alert-rules";

type Params = Promise<{ clusterId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { cluster } = await loadCluster((await params).clusterId);
  const { monitoringMessages: t } = await texts(monitoringCatalogue);
  return { title: `${t.title} · ${cluster.name}` };
}

export default async function MonitoringPage({ params }: { params: Params }) {
  const { actor, cluster } = await loadCluster((await params).clusterId);
  const { rules, error } = await getAlertRules(db(), actor, cluster.id);
  const { monitoringMessages: t } = await texts(monitoringCatalogue);
  const canToggle = can(actor, "manage:alert-rules", cluster.orgId) && (cluster.status === "INITIALIZED" || cluster.status === "UPDATING");
  return (
    <div className="space-y-4">
      <PageHeader title={t.title} description={t.description} />
      <GrafanaCard url={cluster.grafanaUrl} />
      <AlertRulesCard clusterId={cluster.id} rules={rules} error={error} canToggle={canToggle} />
    </div>
  );
}
