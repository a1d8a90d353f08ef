import type { Metadata } from "next";
import { headers } from "next/headers";
import { requestInfo } from "@/server/auth/request-info";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { Properties } from "@/components/ui/properties";
import { PageHeader } from "@/components/ui/page-header";
import { ComponentStateBadge, EnvironmentStateBadge, OperationStatusBadge, StatusBadge } from "@/components/ui/status-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireStaffPageActor } from "@/features/support/load";
import { formatDateTime, humanize, safeTimeZone } from "@/lib/format";
import { db } from "@/server/db";
import { viewClusterDiagnostics } from "@/server/domain/support/view-cluster-diagnostics";
import { AppError } from "@/server/errors";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { staffCatalogue } from "@/lib/i18n/catalogues/messages-staff";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";
import { requestLocale, texts } from "@/server/i18n/texts";

const label = (map: Readonly<Record<string, string>>, key: string) => map[key] ?? humanize(key);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await texts(staffCatalogue)).staffMessages.diagnostics.pageTitle };
}

const errorText = (error: unknown) => {
  if (!error || typeof error !== "object") return null;
  const { code, message } = error as { code?: string; message?: string };
  return [code, message].filter(Boolean).join(": ") || null;
};

/** Read-only diagnostics for staff, only with an open ticket of the cluster; every view is audited. */
export default async function StaffDiagnosticsPage({ params, searchParams }: { params: Promise<{ clusterId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaffPageActor("read:cluster-diagnostics");
  const { clusterId } = await params;
  const ticketParam = (await searchParams).ticket;
  const h = await headers();
  let view: Awaited<ReturnType<typeof viewClusterDiagnostics>>;
  try {
    view = await viewClusterDiagnostics(db(), actor, { clusterId, ticket: typeof ticketParam === "string" ? ticketParam : "" }, requestInfo(h));
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
  const { cluster, ticket } = view;
  const t = (await texts(staffCatalogue)).staffMessages.diagnostics;
  const { messages } = await texts(messagesCatalogue);
  const { statusMessages } = await texts(statusCatalogue);
  const locale = await requestLocale();
  const timeZone = safeTimeZone(actor.timeZone);
  return (
    <div className="space-y-4">
      <PageHeader title={cluster.name} meta={<StatusBadge status={cluster.status} label={statusMessages.clusterStatus[cluster.status]} />} description={`${cluster.org.name} · ${cluster.region} · ${cluster.managedResourceGroup}`} />
      <Alert tone="info" title={t.readOnlyFor(ticket.number)}>
        {t.recorded(cluster.org.name, view.purpose)}{" "}
        <a href={`/staff/support/${ticket.number}`} className="underline">
          {t.backToTicket}
        </a>
      </Alert>
      <Card aria-labelledby="diag-versions">
        <CardHeader id="diag-versions" title={t.versions} />
        <div className="px-4 py-3">
          <Properties
            items={[
              { label: t.kubernetes, value: cluster.kubernetesVersion ?? t.none },
              { label: t.nodeImage, value: cluster.nodeImageVersion ?? t.none },
              { label: t.operator, value: cluster.operatorVersion ?? t.none },
              { label: t.agent, value: cluster.agentVersion ?? t.none },
              { label: t.grafana, value: cluster.grafanaVersion ?? t.none },
              { label: t.lastError, value: errorText(cluster.lastError) ?? t.none },
            ]}
          />
        </div>
      </Card>
      <Card aria-labelledby="diag-components">
        <CardHeader id="diag-components" title={t.components} />
        <Table aria-label={t.components}>
          <THead>
            <tr>
              <TH>{t.component}</TH>
              <TH>{t.name}</TH>
              <TH>{t.state}</TH>
              <TH>{t.version}</TH>
              <TH>{t.error}</TH>
            </tr>
          </THead>
          <TBody>
            {cluster.components.map((component) => (
              <TR key={`${component.kind}-${component.name}`}>
                <TD>{label(messages.componentKind, component.kind)}</TD>
                <TD>{component.name}</TD>
                <TD>
                  <ComponentStateBadge state={component.state} label={statusMessages.componentState[component.state]} />
                </TD>
                <TD>{component.version ?? t.none}</TD>
                <TD className="max-w-md text-xs">{errorText(component.lastError) ?? t.none}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </Card>
      <Card aria-labelledby="diag-operations">
        <CardHeader id="diag-operations" title={t.operations} />
        <Table aria-label={t.operations}>
          <THead>
            <tr>
              <TH>{t.operation}</TH>
              <TH>{t.state}</TH>
              <TH>{t.started}</TH>
              <TH>{t.finished}</TH>
              <TH>{t.error}</TH>
            </tr>
          </THead>
          <TBody>
            {cluster.operations.map((operation) => (
              <TR key={operation.id}>
                <TD>{label(statusMessages.operationKind, operation.kind)}</TD>
                <TD>
                  <OperationStatusBadge status={operation.status} label={statusMessages.operationStatus[operation.status]} />
                </TD>
                <TD>{formatDateTime(operation.createdAt, timeZone, "—", locale)}</TD>
                <TD>{formatDateTime(operation.finishedAt, timeZone, "—", locale)}</TD>
                <TD className="max-w-md text-xs">{errorText(operation.error) ?? t.none}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </Card>
      <Card aria-labelledby="diag-environments">
        <CardHeader id="diag-environments" title={t.environments} />
        <Table aria-label={t.environments}>
          <THead>
            <tr>
              <TH>{t.name}</TH>
              <TH>{t.plan}</TH>
              <TH>{t.instances}</TH>
              <TH>{t.state}</TH>
              <TH>{t.runtime}</TH>
            </tr>
          </THead>
          <TBody>
            {cluster.environments.map((environment) => (
              <TR key={environment.name}>
                <TD>{environment.name}</TD>
                <TD>{label(messages.environmentPlan, environment.plan)}</TD>
                <TD>{environment.instances}</TD>
                <TD>
                  <EnvironmentStateBadge state={environment.state} label={statusMessages.environmentState[environment.state]} />
                </TD>
                <TD>{environment.runtimeVersion ?? t.none}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </Card>
    </div>
  );
}
