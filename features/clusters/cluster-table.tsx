import { buttonVariants } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";
import { requestLocale, texts } from "@/server/i18n/texts";
import type { ClusterListItem } from "@/server/store/clusters";

export interface ClusterRowActions {
  initialize: boolean;
  rerun: boolean;
  edit: boolean;
}

// Rows link with plain anchors, not next/link (a client component per link per row), and their
// actions are words without icons: an inline SVG is ~900 bytes per button between the HTML and the
// React Server Components payload, more than the rest of the row (docs/decisions/0016-page-speed.md).
const primary = buttonVariants({ size: "sm", variant: "primary" });
const secondary = buttonVariants({ size: "sm", variant: "secondary" });
const ghost = buttonVariants({ size: "sm", variant: "ghost" });

export async function ClusterTable({
  clusters,
  actions,
  timeZone,
}: {
  clusters: ClusterListItem[];
  actions: (cluster: ClusterListItem) => ClusterRowActions;
  timeZone: string;
}) {
  const [{ messages }, { statusMessages }, locale] = await Promise.all([texts(messagesCatalogue), texts(statusCatalogue), requestLocale()]);
  const t = messages.clusters;
  return (
    <Table aria-label={t.tableLabel}>
      <THead>
        <tr>
          <TH>{t.columns.name}</TH>
          <TH>{t.columns.status}</TH>
          <TH>{t.columns.region}</TH>
          <TH>{t.columns.subscription}</TH>
          <TH>{t.columns.kubernetes}</TH>
          <TH className="text-right">{t.columns.environments}</TH>
          <TH>{t.columns.updated}</TH>
          <TH className="text-right">
            <span className="sr-only">{t.columns.actions}</span>
          </TH>
        </tr>
      </THead>
      <TBody>
        {clusters.map((cluster) => {
          const allowed = actions(cluster);
          return (
            <TR key={cluster.id} data-cluster-id={cluster.id}>
              <TD className="font-medium">
                <a href={`/clusters/${cluster.id}`} className="text-accent-700 hover:underline dark:text-accent-300">
                  {cluster.name}
                </a>
              </TD>
              <TD>
                <StatusBadge status={cluster.status} label={statusMessages.clusterStatus[cluster.status]} />
              </TD>
              <TD className="whitespace-nowrap">{cluster.region}</TD>
              <TD className="font-mono text-xs text-neutral-600 dark:text-neutral-400">{cluster.connection.subscriptionId}</TD>
              <TD className="whitespace-nowrap">{cluster.kubernetesVersion ?? messages.cluster.none}</TD>
              <TD className="text-right tabular-nums">{cluster._count.environments}</TD>
              <TD className="whitespace-nowrap text-neutral-600 dark:text-neutral-400">{formatDateTime(cluster.updatedAt, timeZone, undefined, locale)}</TD>
              <TD>
                <div className="flex justify-end gap-1.5">
                  {allowed.initialize ? (
                    <a href={`/clusters/${cluster.id}/initialize`} className={primary} aria-label={t.actionLabel(t.actions.initialize, cluster.name)}>
                      {t.actions.initialize}
                    </a>
                  ) : null}
                  {allowed.rerun ? (
                    <a href={`/clusters/${cluster.id}/initialize?rerun=1`} className={secondary} aria-label={t.actionLabel(t.actions.rerun, cluster.name)}>
                      {t.actions.rerun}
                    </a>
                  ) : null}
                  {allowed.edit ? (
                    <a href={`/clusters/${cluster.id}/settings`} className={secondary} aria-label={t.actionLabel(t.actions.edit, cluster.name)}>
                      {t.actions.edit}
                    </a>
                  ) : null}
                  <a href={`/clusters/${cluster.id}`} className={ghost} aria-label={t.actionLabel(t.actions.details, cluster.name)}>
                    {t.actions.details}
                    <span aria-hidden>→</span>
                  </a>
                </div>
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
