import { cn } from "@/components/ui/cn";
import { queryString } from "@/lib/query-string";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
import { texts } from "@/server/i18n/texts";
import { TICKET_STATUSES as STATUSES } from "@/lib/ticket-status";

/** Status filter as links: the filter lives in the URL and is applied on the server. */
export async function StatusFilter({ basePath, current }: { basePath: string; current?: string }) {
  const { CUSTOMER_STATUS_LABEL, supportMessages } = await texts(supportCatalogue);
  const tabs = [{ value: undefined as string | undefined, label: supportMessages.all }, ...STATUSES.map((status) => ({ value: status as string, label: CUSTOMER_STATUS_LABEL[status] }))];
  return (
    <nav aria-label={supportMessages.filterLabel} className="flex flex-wrap gap-1 border-b border-neutral-200 px-3 pt-2 dark:border-neutral-800">
      {tabs.map((tab) => {
        const selected = tab.value === current;
        return (
          <a
            key={tab.value ?? "all"}
            href={`${basePath}${queryString({ status: tab.value })}`}
            aria-current={selected ? "page" : undefined}
            className={cn(
              "-mb-px flex h-9 items-center border-b-2 px-2.5 text-sm focus-visible:outline-2 focus-visible:outline-accent-600",
              selected ? "border-accent-600 font-medium text-neutral-900 dark:text-neutral-50" : "border-transparent text-neutral-600 hover:text-neutral-900 dark:text-neutral-400",
            )}
          >
            {tab.label}
          </a>
        );
      })}
    </nav>
  );
}
