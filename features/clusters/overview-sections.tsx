import type { Prisma } from "@/generated/prisma/client";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Properties } from "@/components/ui/properties";
import { ComponentStateBadge, EnvironmentStateBadge } from "@/components/ui/status-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatDateTime, humanize } from "@/lib/format";
import { formatSettingValue } from "@/features/settings/format-value";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { SETTING_GROUPS, type SettingKey } from "@/lib/settings-api";
import type { ClusterDetail } from "@/server/store/clusters";
import { RotateCcw } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { overviewCatalogue } from "@/lib/i18n/catalogues/messages-overview";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";
import { requestLocale, texts } from "@/server/i18n/texts";
import { clusterCause, componentCauses } from "./failure-causes";
import { FailureTicket } from "./failure-ticket-lazy";
import { errorMessage } from "./operation-types";

/** The overview's texts in the request's language; `none` marks a missing value. */
async function overviewTexts() {
  const [{ messages }, locale] = await Promise.all([texts(messagesCatalogue), requestLocale()]);
  const t = messages.cluster;
  return { messages, t, locale, none: <span className="text-neutral-600 dark:text-neutral-400">{t.none}</span> };
}

type OverviewTexts = Awaited<ReturnType<typeof overviewTexts>>;

function asRecord(value: Prisma.JsonValue | null | undefined): Record<string, Prisma.JsonValue> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Prisma.JsonValue>) : {};
}

function renderValue(value: Prisma.JsonValue | undefined, { t, none }: OverviewTexts) {
  if (value === undefined || value === null || value === "") return none;
  if (typeof value === "boolean") return value ? t.yes : t.no;
  if (Array.isArray(value)) return value.length ? value.map(String).join(", ") : none;
  if (typeof value === "object") {
    const entries = Object.entries(value);
    if (!entries.length) return none;
    return (
      <span className="flex flex-wrap gap-1">
        {entries.map(([key, item]) => (
          <Badge key={key} tone="neutral" className="rounded font-mono font-normal">
            {key}={String(item)}
          </Badge>
        ))}
      </span>
    );
  }
  return String(value);
}

/** Objects (tags) as badges; anything else as the settings page words it (a CA certificate is not printed whole). */
function settingValue(key: string, value: Prisma.JsonValue | undefined, words: OverviewTexts) {
  if (value === undefined || value === null || value === "" || (typeof value === "object" && !Array.isArray(value))) return renderValue(value, words);
  return formatSettingValue(key, value, words.locale);
}

function same(a: Prisma.JsonValue | undefined, b: Prisma.JsonValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

const SETTING_ORDER: string[] = SETTING_GROUPS.flatMap((group) => group.keys);

export async function SettingsCard({ cluster }: { cluster: ClusterDetail }) {
  const { overviewMessages } = await texts(overviewCatalogue);
  const { SETTING_LABELS } = await texts(settingsCatalogue);
  const words = await overviewTexts();
  const { t } = words;
  // A failed cluster's settings were never applied: they are not on their way either.
  const pendingLabel = cluster.status === "FAILED" ? overviewMessages.settingsNotApplied : t.settingsPending;
  const desired = asRecord(cluster.desiredSettings);
  const actual = asRecord(cluster.actualSettings);
  const initial = asRecord(cluster.initialSettings);
  const keys = [...new Set([...SETTING_ORDER, ...Object.keys(desired), ...Object.keys(actual)])].filter(
    (key) => key in desired || key in actual || key in initial,
  );
  return (
    <Card aria-labelledby="settings-heading">
      <CardHeader id="settings-heading" title={t.settingsTitle} />
      {keys.length === 0 ? (
        <p className="px-4 py-4 text-sm text-neutral-600 dark:text-neutral-400">{t.settingsEmpty}</p>
      ) : (
        <Table aria-labelledby="settings-heading">
          <THead>
            <tr>
              <TH>
                <span className="sr-only">{t.settingsTitle}</span>
              </TH>
              <TH>{t.settingsDesired}</TH>
              <TH>{t.settingsActual}</TH>
            </tr>
          </THead>
          <TBody>
            {keys.map((key) => {
              const desiredValue = key in desired ? desired[key] : initial[key];
              const actualValue = key in actual ? actual[key] : initial[key];
              const pending = !same(desiredValue, actualValue);
              return (
                <TR key={key}>
                  <TH scope="row" className="h-auto py-1.5 font-normal text-neutral-600 dark:text-neutral-400">
                    {SETTING_LABELS[key as SettingKey] ?? t.settingLabels[key] ?? humanize(key)}
                  </TH>
                  <TD>{settingValue(key, desiredValue, words)}</TD>
                  <TD>
                    <span className="flex flex-wrap items-center gap-2">
                      {settingValue(key, actualValue, words)}
                      {pending ? <Badge tone="amber">{pendingLabel}</Badge> : null}
                    </span>
                  </TD>
                </TR>
              );
            })}
          </TBody>
        </Table>
      )}
    </Card>
  );
}

export async function SummaryCard({ cluster, timeZone }: { cluster: ClusterDetail; timeZone: string }) {
  const { t, none, locale } = await overviewTexts();
  return (
    <Card aria-labelledby="summary-heading">
      <CardHeader id="summary-heading" title={t.summary} />
      <div className="px-4 py-3">
        <Properties
          items={[
            { label: t.subscription, value: <span className="font-mono text-xs">{cluster.connection.subscriptionId}</span> },
            { label: t.resourceGroup, value: <span className="font-mono text-xs">{cluster.managedResourceGroup}</span> },
            { label: t.region, value: cluster.region },
            { label: t.namespace, value: cluster.namespace?.name ?? none },
            { label: t.maintenanceWindow, value: cluster.maintenanceWindow },
            { label: t.initializedAt, value: cluster.initializedAt ? formatDateTime(cluster.initializedAt, timeZone, "—", locale) : none },
          ]}
        />
      </div>
    </Card>
  );
}

export async function VersionsCard({ cluster }: { cluster: ClusterDetail }) {
  const { t, none } = await overviewTexts();
  const labels = t.versionLabels;
  return (
    <Card aria-labelledby="versions-heading">
      <CardHeader id="versions-heading" title={t.versions} />
      <div className="px-4 py-3">
        <Properties
          items={[
            { label: labels.kubernetes, value: cluster.kubernetesVersion ?? none },
            { label: labels.nodeImage, value: cluster.nodeImageVersion ? <span className="break-all font-mono text-xs">{cluster.nodeImageVersion}</span> : none },
            { label: labels.operator, value: cluster.operatorVersion ?? none },
            { label: labels.agent, value: cluster.agentVersion ?? none },
            { label: labels.grafana, value: cluster.grafanaVersion ?? none },
          ]}
        />
      </div>
    </Card>
  );
}

function ExternalUrl({ url }: { url: string }) {
  const href = /^https?:\/\//.test(url) ? url : `https://${url}`;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener" className="inline-flex items-center gap-1 break-all text-accent-700 hover:underline dark:text-accent-300">
      {url}
      {/* A character, not an SVG icon: this link repeats once per environment row. */}
      <span aria-hidden className="shrink-0 text-xs">↗</span>
    </a>
  );
}

export async function EndpointsCard({ cluster }: { cluster: ClusterDetail }) {
  const { t, none } = await overviewTexts();
  return (
    <Card aria-labelledby="endpoints-heading">
      <CardHeader id="endpoints-heading" title={t.endpoints} />
      <div className="px-4 py-3">
        <Properties
          items={[
            { label: t.appDomain, value: cluster.appDomain ? <span className="font-mono text-xs">{cluster.appDomain}</span> : none },
            { label: t.grafanaUrl, value: cluster.grafanaUrl ? <ExternalUrl url={cluster.grafanaUrl} /> : none },
          ]}
        />
      </div>
    </Card>
  );
}

/** A failed cluster: the cause once, each failed component's cause, and what this person can do next. */
export async function FailedComponents({ cluster, canRerun, canTicket }: { cluster: ClusterDetail; canRerun: boolean; canTicket: boolean }) {
  const f = (await texts(overviewCatalogue)).overviewMessages.failed;
  const { messages } = await overviewTexts();
  const inputs = cluster.components.map((component) => ({
    kind: component.kind,
    label: messages.componentKind[component.kind] ?? component.kind,
    name: component.name,
    state: component.state,
    lastError: component.lastError,
  }));
  const causes = componentCauses(cluster.lastError, inputs);
  const headline = clusterCause(cluster.lastError, inputs.map((input) => input.label));
  const stoppedAt = headline.label ?? causes.find((cause) => !cause.notReached)?.label ?? "";
  const ticketLines = causes.map((cause) => `${cause.label} (${cause.name}): ${cause.cause ?? f.notCreated(stoppedAt)}`);
  return (
    <section aria-labelledby="failed-heading" data-testid="failed-cluster" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/50 dark:text-red-100">
      <h2 id="failed-heading" className="font-semibold">
        {f.title}
      </h2>
      {headline.text ? (
        <p className="mt-1">
          <span className="font-medium">{f.cause}: </span>
          <span className="font-mono text-xs" data-testid="failure-cause">
            {headline.text}
          </span>
        </p>
      ) : null}
      {causes.length > 0 ? (
        <ul className="mt-2 space-y-1" aria-label={f.components}>
          {causes.map((cause) => (
            <li key={`${cause.kind}-${cause.name}`}>
              <span className="font-medium">{cause.label}</span> <span className="font-mono text-xs">{cause.name}</span>
              <span className="block text-red-800 dark:text-red-200">{cause.cause ?? f.notCreated(stoppedAt)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {canRerun || canTicket ? <p className="mt-2 text-red-800 dark:text-red-200">{canRerun ? f.ownerNext : f.managerNext}</p> : null}
      <div className="mt-3 flex flex-wrap items-start gap-2">
        {canRerun ? (
          <ButtonLink href={`/clusters/${cluster.id}/initialize?rerun=1`} variant="primary">
            <RotateCcw aria-hidden />
            {messages.clusters.actions.rerun}
          </ButtonLink>
        ) : null}
        {canTicket ? (
          <FailureTicket
            clusterId={cluster.id}
            primary={!canRerun}
            subject={f.subjectText(cluster.name)}
            description={f.descriptionText(cluster.name, headline.text ?? cluster.status, ticketLines)}
          />
        ) : null}
      </div>
    </section>
  );
}

export async function ComponentsCard({ cluster, timeZone }: { cluster: ClusterDetail; timeZone: string }) {
  const { statusMessages } = await texts(statusCatalogue);
  const { t, messages, locale } = await overviewTexts();
  const c = t.componentColumns;
  return (
    <Card aria-labelledby="components-heading">
      <CardHeader id="components-heading" title={t.components} />
      {cluster.components.length === 0 ? (
        <p className="px-4 py-4 text-sm text-neutral-600 dark:text-neutral-400">{t.componentsEmpty}</p>
      ) : (
        <Table aria-label={t.componentsLabel}>
          <THead>
            <tr>
              <TH>{c.kind}</TH>
              <TH>{c.name}</TH>
              <TH>{c.state}</TH>
              <TH>{c.checkedAt}</TH>
              <TH>{c.error}</TH>
            </tr>
          </THead>
          <TBody>
            {cluster.components.map((component) => {
              const error = errorMessage(component.lastError);
              return (
                <TR key={component.id}>
                  <TD className="whitespace-nowrap">{messages.componentKind[component.kind] ?? component.kind}</TD>
                  <TD className="font-mono text-xs">{component.name}</TD>
                  <TD>
                    <ComponentStateBadge state={component.state} label={statusMessages.componentState[component.state]} />
                  </TD>
                  <TD className="whitespace-nowrap text-neutral-600 dark:text-neutral-400">{formatDateTime(component.checkedAt, timeZone, "—", locale)}</TD>
                  <TD className="text-xs text-red-700 dark:text-red-300">{error ?? ""}</TD>
                </TR>
              );
            })}
          </TBody>
        </Table>
      )}
    </Card>
  );
}

export async function EnvironmentsCard({ cluster }: { cluster: ClusterDetail }) {
  const { statusMessages } = await texts(statusCatalogue);
  const { t, messages, none } = await overviewTexts();
  const c = t.environmentColumns;
  return (
    <Card aria-labelledby="environments-heading">
      <CardHeader id="environments-heading" title={t.environmentsTitle} description={cluster._count.environments > cluster.environments.length ? `${cluster.environments.length} / ${cluster._count.environments}` : undefined} />
      {cluster.environments.length === 0 ? (
        <p className="px-4 py-4 text-sm text-neutral-600 dark:text-neutral-400">{t.environmentsEmpty}</p>
      ) : (
        <Table aria-label={t.environmentsLabel}>
          <THead>
            <tr>
              <TH>{c.name}</TH>
              <TH>{c.plan}</TH>
              <TH className="text-right">{c.instances}</TH>
              <TH>{c.state}</TH>
              <TH>{c.runtime}</TH>
              <TH>{c.url}</TH>
            </tr>
          </THead>
          <TBody>
            {cluster.environments.map((environment) => (
              <TR key={environment.id}>
                <TD className="font-medium">
                  <span className="flex items-center gap-2">
                    <a href={`/clusters/${cluster.id}/environments/${environment.id}`} className="text-accent-700 hover:underline dark:text-accent-300">
                      {environment.name}
                    </a>
                    {environment.isProduction ? <Badge tone="indigo">{t.production}</Badge> : null}
                  </span>
                </TD>
                <TD>{messages.environmentPlan[environment.plan] ?? environment.plan}</TD>
                <TD className="text-right tabular-nums">{environment.instances}</TD>
                <TD>
                  <EnvironmentStateBadge state={environment.state} label={statusMessages.environmentState[environment.state]} />
                </TD>
                <TD>{environment.runtimeVersion ?? none}</TD>
                <TD>{environment.url ? <ExternalUrl url={environment.url} /> : none}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
