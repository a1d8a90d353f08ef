import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { Properties } from "@/components/ui/properties";
import { PageHeader } from "@/components/ui/page-header";
import { EnvironmentStateBadge } from "@/components/ui/status-badge";
import { errorMessage } from "@/features/clusters/operation-types";
import { OperationsPanel } from "@/features/clusters/operations-panel";
import { EnvironmentActions } from "@/features/environments/environment-actions";
import { loadForPage } from "@/features/environments/load";
import { operationDtos } from "@/features/environments/operations";
import { PLAN_RESOURCES } from "@/lib/environments";
import { safeTimeZone } from "@/lib/format";
import { can } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { environmentDeps } from "@/server/domain/environments/deps";
import { dataTarget } from "@/server/domain/environments/environment-target";
import { findEnvironment, listEnvironmentOperations } from "@/server/store/environments";
import { environmentsCatalogue } from "@/lib/i18n/catalogues/messages-environments";
import { texts } from "@/server/i18n/texts";
import { Time } from "@/components/ui/time";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";

export async function generateMetadata(): Promise<Metadata> {
  const { environmentMessages } = await texts(environmentsCatalogue);
  return { title: environmentMessages.title };
}

export default async function EnvironmentPage({ params }: { params: Promise<{ clusterId: string; envId: string }> }) {
  const [{ environmentMessages }, { statusMessages }] = await Promise.all([texts(environmentsCatalogue), texts(statusCatalogue)]);
  const t = environmentMessages;
  const { clusterId, envId } = await params;
  const { actor, data: environment } = await loadForPage(`/clusters/${clusterId}/environments/${envId}`, (a) => findEnvironment(db(), a, envId));
  if (environment.clusterId !== clusterId) notFound();
  const timeZone = safeTimeZone(actor.timeZone);
  const manage = can(actor, "manage:environments", environment.orgId);
  const { dataPlane } = await environmentDeps();
  const database = await dataPlane.describe(dataTarget(environment)).catch(() => null);
  const operations = operationDtos(await listEnvironmentOperations(db(), environment));
  const listHref = `/clusters/${clusterId}/environments`;
  const d = t.detail;
  const none = <span className="text-neutral-400">{d.none}</span>;
  const lastError = errorMessage(environment.lastError);

  return (
    <div className="space-y-4">
      <a href={listHref} className="inline-flex items-center gap-1 text-sm text-accent-700 hover:underline dark:text-accent-300">
        <ArrowLeft aria-hidden className="size-3.5" />
        {d.back}
      </a>
      <PageHeader title={environment.name} meta={<EnvironmentStateBadge state={environment.state} label={statusMessages.environmentState[environment.state]} />} description={manage ? undefined : t.readOnly} className="mb-2" />
      {environment.state === "FAILED" && lastError ? <Alert tone="danger" title={d.lastError}>{lastError}</Alert> : null}
      <div className="grid gap-4 xl:grid-cols-2">
        <Card aria-labelledby="details-heading">
          <CardHeader id="details-heading" title={d.properties} />
          <Properties
            className="px-4 py-3"
            items={[
              { label: d.state, value: <span data-testid="environment-state"><EnvironmentStateBadge state={environment.state} label={statusMessages.environmentState[environment.state]} /></span> },
              { label: d.plan, value: `${t.plans[environment.plan]} (${t.planDetail(PLAN_RESOURCES[environment.plan].cpu, PLAN_RESOURCES[environment.plan].memory)})` },
              { label: d.instances, value: <span data-testid="environment-instances">{environment.instances}</span> },
              { label: d.runtime, value: environment.runtimeVersion ?? none },
              { label: d.model, value: environment.modelVersion ?? none },
              { label: d.package, value: environment.packageName ?? d.noPackage },
              { label: d.url, value: environment.url ?? none },
              { label: d.database, value: database ? <code className="text-xs">{`${database.host}:${database.port}/${database.name}`}</code> : <code className="text-xs">{environment.databaseName}</code> },
              { label: d.files, value: <code className="text-xs">{environment.filesContainer}</code> },
              { label: d.freeUntil, value: <Time value={environment.freeUntil} format="date" /> },
            ]}
          />
        </Card>
        {manage ? (
          <Card aria-labelledby="actions-heading">
            <CardHeader id="actions-heading" title={t.actions.title} />
            <EnvironmentActions environment={{ id: environment.id, name: environment.name, state: environment.state, instances: environment.instances, hasPackage: environment.packageBlob !== null }} listHref={listHref} />
          </Card>
        ) : null}
      </div>
      <OperationsPanel clusterId={clusterId} initial={operations} timeZone={timeZone} />
    </div>
  );
}
