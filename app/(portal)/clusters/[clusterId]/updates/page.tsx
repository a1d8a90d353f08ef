import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Card, CardHeader } from "@/components/ui/card";
import { Properties } from "@/components/ui/properties";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { loadCluster } from "@/features/clusters/load-cluster";
import { ChangesList, UpdateStatusBadge } from "@/features/updates/update-parts";
import { formatDateTime, safeTimeZone } from "@/lib/format";
import { DEFAULT_WINDOW, nextWindowStart, parseWindow } from "@/lib/maintenance-window";
import { updateOutcomeText, type ComponentVersions } from "@/lib/releases";
import { db } from "@/server/db";
import { clusterUpdatesFor } from "@/server/store/updates";
import { updatesCatalogue } from "@/lib/i18n/catalogues/messages-updates";
import { requestLocale, texts } from "@/server/i18n/texts";
import { Time } from "@/components/ui/time";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";

type Params = Promise<{ clusterId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ cluster }, { updatesMessages: t }] = await Promise.all([loadCluster((await params).clusterId), texts(updatesCatalogue)]);
  return { title: `${t.title} · ${cluster.name}` };
}

export default async function ClusterUpdatesPage({ params }: { params: Params }) {
  const { RELEASE_KIND_LABELS, updatesMessages: t } = await texts(updatesCatalogue);
  const { statusMessages } = await texts(statusCatalogue);
  const locale = await requestLocale();
  const { actor, cluster } = await loadCluster((await params).clusterId);
  const { upcoming, history, orgTimeZone } = await clusterUpdatesFor(db(), actor, cluster.id);
  const zone = safeTimeZone(orgTimeZone);
  const current: ComponentVersions = {
    kubernetes: cluster.kubernetesVersion ?? undefined,
    nodeImage: cluster.nodeImageVersion ?? undefined,
    operator: cluster.operatorVersion ?? undefined,
    agent: cluster.agentVersion ?? undefined,
    grafana: cluster.grafanaVersion ?? undefined,
  };
  const window = parseWindow(cluster.maintenanceWindow) ?? DEFAULT_WINDOW;
  const next = nextWindowStart(new Date(), window);

  return (
    <>
      <PageHeader title={t.title} meta={<StatusBadge status={cluster.status} label={statusMessages.clusterStatus[cluster.status]} />} description={t.description} />
      <div className="flex flex-col gap-6">
        <Alert tone="info">{t.cadence}</Alert>
        <Card aria-labelledby="window-heading">
          <CardHeader id="window-heading" title={t.windowTitle} description={t.nextWindowHint(zone)} />
          <Properties
            className="px-4 py-3"
            items={[
              { label: t.windowTitle, value: t.windowValue(cluster.maintenanceWindow) },
              { label: t.nextWindow, value: <span data-testid="next-window"><Time value={next} timeZone={zone} /></span> },
            ]}
          />
        </Card>

        <Card aria-labelledby="scheduled-heading">
          <CardHeader id="scheduled-heading" title={t.scheduledTitle} />
          {upcoming.length === 0 ? (
            <EmptyState title={t.scheduledEmpty} headingLevel={3} />
          ) : (
            <Table aria-labelledby="scheduled-heading">
              <THead>
                <TR>
                  <TH>{t.columns.release}</TH>
                  <TH>{t.columns.kind}</TH>
                  <TH>{t.columns.when}</TH>
                  <TH>{t.columns.changes}</TH>
                  <TH>{t.columns.status}</TH>
                </TR>
              </THead>
              <TBody>
                {upcoming.map((update) => (
                  <TR key={update.id}>
                    <TD className="font-medium">{update.release.version}</TD>
                    <TD>{RELEASE_KIND_LABELS[update.release.kind]}</TD>
                    <TD className="whitespace-nowrap">{update.release.kind === "EMERGENCY" ? t.emergencyNow : formatDateTime(update.scheduledFor, zone, "—", locale)}</TD>
                    <TD>
                      <ChangesList from={current} to={update.release.components as ComponentVersions} />
                    </TD>
                    <TD>
                      <UpdateStatusBadge status={update.status} />
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Card>

        <Card aria-labelledby="history-heading">
          <CardHeader id="history-heading" title={t.historyTitle} />
          {history.length === 0 ? (
            <EmptyState title={t.historyEmpty} headingLevel={3} />
          ) : (
            <Table aria-labelledby="history-heading">
              <THead>
                <TR>
                  <TH>{t.columns.release}</TH>
                  <TH>{t.columns.when}</TH>
                  <TH>{t.columns.changes}</TH>
                  <TH>{t.columns.status}</TH>
                  <TH>{t.columns.error}</TH>
                </TR>
              </THead>
              <TBody>
                {history.map((update) => (
                  <TR key={update.id}>
                    <TD className="font-medium">{update.release.version}</TD>
                    <TD className="whitespace-nowrap"><Time value={update.finishedAt ?? update.scheduledFor} timeZone={zone} /></TD>
                    <TD>
                      <ChangesList from={(update.fromVersions ?? {}) as ComponentVersions} to={update.release.components as ComponentVersions} />
                    </TD>
                    <TD>
                      <UpdateStatusBadge status={update.status} />
                    </TD>
                    <TD>{updateOutcomeText(update)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
