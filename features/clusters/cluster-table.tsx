import { ArrowRight, Pencil, Play, RotateCcw } from "lucide-react";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import { messages } from "@/lib/messages";
import type { ClusterListItem } from "@/server/store/clusters";

export interface ClusterRowActions {
  initialize: boolean;
  rerun: boolean;
  edit: boolean;
}

export function ClusterTable({
  clusters,
  actions,
  timeZone,
}: {
  clusters: ClusterListItem[];
  actions: (cluster: ClusterListItem) => ClusterRowActions;
  timeZone: string;
}) {
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
                <Link href={`/clusters/${cluster.id}`} className="text-accent-700 hover:underline dark:text-accent-300">
                  {cluster.name}
                </Link>
              </TD>
              <TD>
                <StatusBadge status={cluster.status} />
              </TD>
              <TD className="whitespace-nowrap">{cluster.region}</TD>
              <TD className="font-mono text-xs text-neutral-600 dark:text-neutral-400">{cluster.connection.subscriptionId}</TD>
              <TD className="whitespace-nowrap">{cluster.kubernetesVersion ?? messages.cluster.none}</TD>
              <TD className="text-right tabular-nums">{cluster._count.environments}</TD>
              <TD className="whitespace-nowrap text-neutral-600 dark:text-neutral-400">{formatDateTime(cluster.updatedAt, timeZone)}</TD>
              <TD>
                <div className="flex justify-end gap-1.5">
                  {allowed.initialize ? (
                    <ButtonLink
                      href={`/clusters/${cluster.id}/initialize`}
                      size="sm"
                      variant="primary"
                      aria-label={t.actionLabel(t.actions.initialize, cluster.name)}
                    >
                      <Play aria-hidden />
                      {t.actions.initialize}
                    </ButtonLink>
                  ) : null}
                  {allowed.rerun ? (
                    <ButtonLink
                      href={`/clusters/${cluster.id}/initialize?rerun=1`}
                      size="sm"
                      aria-label={t.actionLabel(t.actions.rerun, cluster.name)}
                    >
                      <RotateCcw aria-hidden />
                      {t.actions.rerun}
                    </ButtonLink>
                  ) : null}
                  {allowed.edit ? (
                    <ButtonLink href={`/clusters/${cluster.id}/settings`} size="sm" aria-label={t.actionLabel(t.actions.edit, cluster.name)}>
                      <Pencil aria-hidden />
                      {t.actions.edit}
                    </ButtonLink>
                  ) : null}
                  <ButtonLink
                    href={`/clusters/${cluster.id}`}
                    size="sm"
                    variant="ghost"
                    aria-label={t.actionLabel(t.actions.details, cluster.name)}
                  >
                    {t.actions.details}
                    <ArrowRight aria-hidden />
                  </ButtonLink>
                </div>
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
