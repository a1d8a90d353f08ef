import type { ClusterStatus } from "@/generated/prisma/enums";
import { Dot } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { CLUSTER_STATUS_TONE } from "@/components/ui/status-badge";
import { queryString } from "@/lib/query-string";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { texts } from "@/server/i18n/texts";

export const FILTER_STATUSES: ClusterStatus[] = ["READY_TO_INITIALIZE", "INITIALIZING", "INITIALIZED", "FAILED", "UPDATING", "OFFBOARDING"];

/**
 * Status filter as tabs (links: the filter lives in the URL and is applied on the server). Plain
 * anchors, not next/link: a client component per tab costs its props in every list page's payload,
 * and components/router-links.tsx sends their clicks through the router all the same.
 */
export async function StatusTabs({
  current,
  counts,
  q,
  panelId,
}: {
  current: ClusterStatus | undefined;
  counts: Partial<Record<ClusterStatus, number>>;
  q?: string;
  panelId: string;
}) {
  const { messages } = await texts(messagesCatalogue);
  const total = FILTER_STATUSES.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const tabs: { status: ClusterStatus | undefined; label: string; count: number }[] = [
    { status: undefined, label: messages.clusters.all, count: total },
    ...FILTER_STATUSES.map((status) => ({ status, label: messages.clusterStatus[status], count: counts[status] ?? 0 })),
  ];
  return (
    <div role="tablist" aria-label={messages.clusters.filterLabel} className="-mb-px flex flex-wrap gap-x-1 overflow-x-auto">
      {tabs.map((tab) => {
        const selected = tab.status === current;
        return (
          <a
            key={tab.status ?? "all"}
            id={`tab-${tab.status ?? "all"}`}
            role="tab"
            aria-selected={selected}
            aria-controls={selected ? panelId : undefined}
            href={`/clusters${queryString({ status: tab.status, q })}`}
            className={cn(
              "flex h-9 items-center gap-1.5 whitespace-nowrap border-b-2 px-2.5 text-sm focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent-600",
              selected
                ? "border-accent-600 font-medium text-neutral-900 dark:border-accent-400 dark:text-neutral-50"
                : "border-transparent text-neutral-600 hover:border-neutral-300 hover:text-neutral-900 dark:text-neutral-400 dark:hover:border-neutral-600 dark:hover:text-neutral-100",
            )}
          >
            {tab.status ? <Dot tone={CLUSTER_STATUS_TONE[tab.status]} /> : null}
            {tab.label}
            <span
              className={cn(
                "rounded-full px-1.5 text-xs tabular-nums",
                selected ? "bg-accent-100 text-accent-900 dark:bg-accent-950 dark:text-accent-100" : "bg-neutral-100 text-neutral-600 dark:bg-neutral-800 dark:text-neutral-400",
              )}
            >
              {tab.count}
            </span>
          </a>
        );
      })}
    </div>
  );
}
