import { LifeBuoy, LogOut, Pencil, Play } from "lucide-react";
import type { Metadata } from "next";
import { Suspense } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { loadCluster } from "@/features/clusters/load-cluster";
import { PlanCard } from "@/features/approvals/plan-card";
import type { OperationDto } from "@/features/clusters/operation-types";
import { OperationsPanel } from "@/features/clusters/operations-panel";
import { RefreshStatusHeader } from "@/features/clusters/refresh-status";
import { DetailsCard } from "@/features/clusters/details-card";
import { OperationsChart } from "@/features/clusters/operations-chart";
import { operationsPerWeek } from "@/server/domain/clusters/operations-per-week";
import {
  ComponentsCard,
  EndpointsCard,
  EnvironmentsCard,
  FailedComponents,
  SettingsCard,
  SummaryCard,
  VersionsCard,
} from "@/features/clusters/overview-sections";
import { safeTimeZone } from "@/lib/format";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { offboardingCatalogue } from "@/lib/i18n/catalogues/messages-offboarding";
import { texts } from "@/server/i18n/texts";
import { canOffboardFrom } from "@/lib/offboarding";
import { can, orgRole, type Actor } from "@/server/auth/permissions";
import { db } from "@/server/db";
import type { ClusterDetail } from "@/server/store/clusters";
import { listClusterOperations, operationView } from "@/server/store/operations";
import { SETTINGS_PAGE_BUILT } from "@/features/clusters/availability";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";

type Params = Promise<{ clusterId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { cluster } = await loadCluster((await params).clusterId);
  return { title: cluster.name };
}

export default async function ClusterOverviewPage({ params }: { params: Params }) {
  const { actor, cluster } = await loadCluster((await params).clusterId);
  const [{ messages }, { offboardingMessages }] = await Promise.all([texts(messagesCatalogue), texts(offboardingCatalogue)]);
  const t = messages.cluster;
  const { statusMessages } = await texts(statusCatalogue);
  const timeZone = safeTimeZone(actor.timeZone);
  const openTickets = cluster._count.tickets;
  const actions = messages.clusters.actions;

  return (
    <div className="space-y-4">
      <PageHeader
        title={cluster.name}
        meta={<StatusBadge status={cluster.status} label={statusMessages.clusterStatus[cluster.status]} />}
        description={`${cluster.org.name} · ${cluster.region} · ${cluster.managedResourceGroup}`}
        className="mb-2"
        actions={
          <>
            {cluster.status === "READY_TO_INITIALIZE" && can(actor, "initialize:cluster", cluster.orgId) ? (
              <ButtonLink href={`/clusters/${cluster.id}/initialize`} variant="primary">
                <Play aria-hidden />
                {actions.initialize}
              </ButtonLink>
            ) : null}
            {SETTINGS_PAGE_BUILT && cluster.status === "INITIALIZED" && can(actor, "update:cluster-settings", cluster.orgId) ? (
              <ButtonLink href={`/clusters/${cluster.id}/settings`}>
                <Pencil aria-hidden />
                {actions.edit}
              </ButtonLink>
            ) : null}
            {canOffboardFrom(cluster.status) && can(actor, "offboard:cluster", cluster.orgId) ? (
              <ButtonLink href={`/clusters/${cluster.id}/offboarding`} variant="danger">
                <LogOut aria-hidden />
                {offboardingMessages.action}
              </ButtonLink>
            ) : null}
          </>
        }
      />

      {cluster.status === "FAILED" ? (
        <FailedComponents cluster={cluster} canRerun={orgRole(actor, cluster.orgId) === "OWNER"} canTicket={can(actor, "create:ticket", cluster.orgId)} />
      ) : null}

      <div className="grid gap-4 xl:grid-cols-3">
        <SummaryCard cluster={cluster} timeZone={timeZone} />
        <VersionsCard cluster={cluster} />
        <div className="flex flex-col gap-4">
          <EndpointsCard cluster={cluster} />
          <PlanCard clusterId={cluster.id} plan={cluster.org.plan} pending={cluster._count.approvalRequests} />
          <Card aria-labelledby="tickets-heading">
            <CardHeader id="tickets-heading" title={t.tickets} />
            <div className="flex items-center justify-between gap-3 px-4 py-3">
              <span className="flex items-center gap-2">
                <LifeBuoy aria-hidden className="size-4 text-neutral-500" />
                <span data-testid="open-tickets">{t.openTickets(openTickets)}</span>
              </span>
              <a href={`/clusters/${cluster.id}/support`} className="text-sm text-accent-700 hover:underline dark:text-accent-300">
                {t.viewTickets}
              </a>
            </div>
          </Card>
        </div>
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <DetailsCard cluster={cluster} />
        <Suspense fallback={null}>
          <WeeklyOperations actor={actor} cluster={cluster} />
        </Suspense>
      </div>

      {/* A secondary panel: streamed after the cluster's own cards instead of holding back the first byte. */}
      <Suspense fallback={<OperationsFallback />}>
        <RecentOperations actor={actor} clusterId={cluster.id} timeZone={timeZone} canRefresh={can(actor, "read:cluster", cluster.orgId)} />
      </Suspense>

      <div className="grid gap-4 2xl:grid-cols-2">
        <ComponentsCard cluster={cluster} timeZone={timeZone} />
        <SettingsCard cluster={cluster} />
      </div>

      <EnvironmentsCard cluster={cluster} />
    </div>
  );
}

async function RecentOperations({ actor, clusterId, timeZone, canRefresh }: { actor: Actor; clusterId: string; timeZone: string; canRefresh: boolean }) {
  const operations = await listClusterOperations(db(), actor, clusterId, 5);
  const initial: OperationDto[] = operations.map((operation) => ({
    ...operationView(operation),
    requestedBy: operation.requestedBy?.name ?? null,
  })) as OperationDto[];
  return <OperationsPanel clusterId={clusterId} initial={initial} timeZone={timeZone} refreshHeader={canRefresh ? RefreshStatusHeader : undefined} />;
}

async function WeeklyOperations({ actor, cluster }: { actor: Actor; cluster: ClusterDetail }) {
  return <OperationsChart buckets={await operationsPerWeek(db(), actor, cluster)} />;
}

async function OperationsFallback() {
  const { messages } = await texts(messagesCatalogue);
  return (
    <Card aria-labelledby="operations-heading" aria-busy>
      <CardHeader id="operations-heading" title={messages.cluster.operations} />
      <p className="px-4 py-6 text-center text-sm text-neutral-600 dark:text-neutral-400">{messages.cluster.operationsLoading}</p>
    </Card>
  );
}
