import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { Alert } from "@/components/ui/alert";
import { loadCluster } from "@/features/clusters/load-cluster";
import { InitializeWizard } from "@/features/initialize/initialize-wizard";
import { RerunPanel } from "@/features/initialize/rerun-panel";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { initializeCatalogue } from "@/lib/i18n/catalogues/messages-initialize";
import { can } from "@/server/auth/permissions";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";
import { texts } from "@/server/i18n/texts";

type Params = Promise<{ clusterId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const { initializeMessages: t } = await texts(initializeCatalogue);
  return { title: t.metadataTitle };
}

/** The initialization wizard (Ready to initialize) or the Rerun page (Failed): owners only. */
export default async function InitializePage({ params, searchParams }: { params: Params; searchParams: Promise<{ rerun?: string }> }) {
  const { actor, cluster } = await loadCluster((await params).clusterId);
  // Only an owner may initialize; anyone else does not get to see that this page exists.
  if (!can(actor, "initialize:cluster", cluster.orgId)) notFound();
  const { rerun } = await searchParams;
  const { initializeMessages: t, rerunMessages } = await texts(initializeCatalogue);
  const [{ statusMessages }, { messages }] = await Promise.all([texts(statusCatalogue), texts(messagesCatalogue)]);

  if (cluster.status === "FAILED") {
    const failed = cluster.components
      .filter((component) => component.state === "FAILED")
      .map((component) => ({ label: messages.componentKind[component.kind] ?? component.kind, name: component.name, error: component.lastError as { code?: string; message?: string } | null }));
    return (
      <div className="space-y-4">
        <PageHeader title={rerunMessages.title(cluster.name)} meta={<StatusBadge status={cluster.status} label={statusMessages.clusterStatus[cluster.status]} />} description={rerunMessages.description} />
        <RerunPanel clusterId={cluster.id} lastError={cluster.lastError as { code?: string; message?: string } | null} failed={failed} rerunCount={cluster.rerunCount} highlighted={rerun === "1"} />
      </div>
    );
  }
  if (cluster.status !== "READY_TO_INITIALIZE") {
    return (
      <div className="space-y-4">
        <PageHeader title={t.title(cluster.name)} meta={<StatusBadge status={cluster.status} label={statusMessages.clusterStatus[cluster.status]} />} />
        <Alert tone="info" title={t.notWaiting}>
          <ButtonLink href={`/clusters/${cluster.id}`} variant="link">
            {t.toOverview}
          </ButtonLink>
        </Alert>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <PageHeader title={t.title(cluster.name)} meta={<StatusBadge status={cluster.status} label={statusMessages.clusterStatus[cluster.status]} />} description={t.description(cluster.org.name, cluster.region, cluster.connection.subscriptionId)} />
      <InitializeWizard clusterId={cluster.id} region={cluster.region} />
    </div>
  );
}
