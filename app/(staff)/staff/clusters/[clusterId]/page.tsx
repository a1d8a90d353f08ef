import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { requestInfo } from "@/server/auth/request-info";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader, Properties } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ComponentStateBadge, EnvironmentStateBadge, OperationStatusBadge, StatusBadge } from "@/components/ui/status-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireStaffPageActor } from "@/features/support/load";
import { formatDateTime, safeTimeZone } from "@/lib/format";
import { db } from "@/server/db";
import { viewClusterDiagnostics } from "@/server/domain/support/view-cluster-diagnostics";
import { AppError } from "@/server/errors";

export const metadata: Metadata = { title: "Cluster diagnostics" };

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
  const timeZone = safeTimeZone(actor.timeZone);
  return (
    <div className="space-y-4">
      <PageHeader title={cluster.name} meta={<StatusBadge status={cluster.status} />} description={`${cluster.org.name} · ${cluster.region} · ${cluster.managedResourceGroup}`} />
      <Alert tone="info" title={`Read-only diagnostics for ticket #${ticket.number}`}>
        This access is recorded in {cluster.org.name}&apos;s activity log with the purpose “{view.purpose}”.{" "}
        <Link href={`/staff/support/${ticket.number}`} className="underline">
          Back to the ticket
        </Link>
      </Alert>
      <Card aria-labelledby="diag-versions">
        <CardHeader id="diag-versions" title="Versions" />
        <div className="px-4 py-3">
          <Properties
            items={[
              { label: "Kubernetes", value: cluster.kubernetesVersion ?? "—" },
              { label: "Node image", value: cluster.nodeImageVersion ?? "—" },
              { label: "Operator", value: cluster.operatorVersion ?? "—" },
              { label: "Agent", value: cluster.agentVersion ?? "—" },
              { label: "Grafana", value: cluster.grafanaVersion ?? "—" },
              { label: "Last error", value: errorText(cluster.lastError) ?? "—" },
            ]}
          />
        </div>
      </Card>
      <Card aria-labelledby="diag-components">
        <CardHeader id="diag-components" title="Components" />
        <Table aria-label="Components">
          <THead>
            <tr>
              <TH>Kind</TH>
              <TH>Name</TH>
              <TH>State</TH>
              <TH>Version</TH>
              <TH>Error</TH>
            </tr>
          </THead>
          <TBody>
            {cluster.components.map((component) => (
              <TR key={`${component.kind}-${component.name}`}>
                <TD>{component.kind}</TD>
                <TD>{component.name}</TD>
                <TD>
                  <ComponentStateBadge state={component.state} />
                </TD>
                <TD>{component.version ?? "—"}</TD>
                <TD className="max-w-md text-xs">{errorText(component.lastError) ?? "—"}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </Card>
      <Card aria-labelledby="diag-operations">
        <CardHeader id="diag-operations" title="Recent operations" />
        <Table aria-label="Recent operations">
          <THead>
            <tr>
              <TH>Operation</TH>
              <TH>Status</TH>
              <TH>Started</TH>
              <TH>Finished</TH>
              <TH>Error</TH>
            </tr>
          </THead>
          <TBody>
            {cluster.operations.map((operation) => (
              <TR key={operation.id}>
                <TD>{operation.kind}</TD>
                <TD>
                  <OperationStatusBadge status={operation.status} />
                </TD>
                <TD>{formatDateTime(operation.createdAt, timeZone)}</TD>
                <TD>{formatDateTime(operation.finishedAt, timeZone)}</TD>
                <TD className="max-w-md text-xs">{errorText(operation.error) ?? "—"}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </Card>
      <Card aria-labelledby="diag-environments">
        <CardHeader id="diag-environments" title="Environments" />
        <Table aria-label="Environments">
          <THead>
            <tr>
              <TH>Name</TH>
              <TH>Plan</TH>
              <TH>Instances</TH>
              <TH>State</TH>
              <TH>Runtime</TH>
            </tr>
          </THead>
          <TBody>
            {cluster.environments.map((environment) => (
              <TR key={environment.name}>
                <TD>{environment.name}</TD>
                <TD>{environment.plan}</TD>
                <TD>{environment.instances}</TD>
                <TD>
                  <EnvironmentStateBadge state={environment.state} />
                </TD>
                <TD>{environment.runtimeVersion ?? "—"}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </Card>
    </div>
  );
}
