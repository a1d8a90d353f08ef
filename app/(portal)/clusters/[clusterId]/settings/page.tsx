import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { loadCluster } from "@/features/clusters/load-cluster";
import { SettingsEditor } from "@/features/settings/settings-editor";
import { safeTimeZone } from "@/lib/format";
import { can } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { getClusterSettings } from "@/server/domain/settings/get-cluster-settings";
import { AppError } from "@/server/errors";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { settingsPageCatalogue } from "@/lib/i18n/catalogues/messages-settings-page";
import { texts } from "@/server/i18n/texts";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";

type Params = Promise<{ clusterId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { cluster } = await loadCluster((await params).clusterId);
  return { title: (await texts(settingsPageCatalogue)).settingsPageMessages.title(cluster.name) };
}

/** The customization settings of a cluster (PRODUCT.md §4): everyone who sees the cluster reads them; who may edit is the view's. */
export default async function ClusterSettingsPage({ params }: { params: Params }) {
  const { READ_ONLY_REASONS } = await texts(settingsCatalogue);
  const { settingsPageMessages: t } = await texts(settingsPageCatalogue);
  const { statusMessages } = await texts(statusCatalogue);
  const { actor, cluster } = await loadCluster((await params).clusterId);
  if (!can(actor, "read:cluster", cluster.orgId)) notFound();
  const header = <PageHeader title={t.title(cluster.name)} meta={<StatusBadge status={cluster.status} label={statusMessages.clusterStatus[cluster.status]} />} description={t.description} />;

  if (cluster.status === "READY_TO_INITIALIZE") {
    return (
      <div className="space-y-4">
        {header}
        <Alert tone="info" title={READ_ONLY_REASONS.notInitialized}>
          <ButtonLink href={`/clusters/${cluster.id}`} variant="link">
            {cluster.name}
          </ButtonLink>
        </Alert>
      </div>
    );
  }

  let view;
  try {
    view = await getClusterSettings(db(), actor, cluster.id);
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
  return (
    <div className="space-y-4">
      {header}
      <SettingsEditor clusterId={cluster.id} initialView={view} timeZone={safeTimeZone(actor.timeZone)} />
    </div>
  );
}
