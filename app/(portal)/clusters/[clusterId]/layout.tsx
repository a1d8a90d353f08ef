import { ChevronRight } from "lucide-react";
import type { ReactNode } from "react";
import { ClusterNav } from "@/features/clusters/cluster-nav";
import { loadCluster } from "@/features/clusters/load-cluster";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { texts } from "@/server/i18n/texts";

export default async function ClusterLayout({ children, params }: { children: ReactNode; params: Promise<{ clusterId: string }> }) {
  const { clusterId } = await params;
  const { cluster } = await loadCluster(clusterId);
  const { messages } = await texts(messagesCatalogue);
  return (
    <div>
      <nav aria-label={messages.nav.breadcrumbs} className="mb-3">
        <ol className="flex items-center gap-1 text-xs text-neutral-600 dark:text-neutral-400">
          <li>
            <a href="/clusters" className="hover:text-neutral-900 hover:underline dark:hover:text-neutral-100">
              {messages.nav.clusters}
            </a>
          </li>
          <li aria-hidden>
            <ChevronRight className="size-3.5" />
          </li>
          <li>
            <a href={`/clusters/${cluster.id}`} className="font-medium text-neutral-900 hover:underline dark:text-neutral-100">
              {cluster.name}
            </a>
          </li>
        </ol>
      </nav>
      <div className="flex flex-col gap-6 lg:flex-row">
        <aside className="shrink-0 lg:w-52">
          <ClusterNav clusterId={cluster.id} />
        </aside>
        <div className="min-w-0 flex-1">{children}</div>
      </div>
    </div>
  );
}
