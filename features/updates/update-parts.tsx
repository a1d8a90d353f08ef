import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ClusterUpdateStatus } from "@/generated/prisma/enums";
import { plannedChanges, type ComponentVersions } from "@/lib/releases";
import { updatesCatalogue } from "@/lib/i18n/catalogues/messages-updates";
import { texts } from "@/server/i18n/texts";

const TONES: Record<ClusterUpdateStatus, BadgeTone> = { SCHEDULED: "blue", IN_PROGRESS: "indigo", SUCCEEDED: "green", FAILED: "red", SKIPPED: "neutral" };

export async function UpdateStatusBadge({ status }: { status: ClusterUpdateStatus }) {
  const { UPDATE_STATUS_LABELS } = await texts(updatesCatalogue);
  return <Badge tone={TONES[status]}>{UPDATE_STATUS_LABELS[status]}</Badge>;
}

/** What a release changes on a cluster, component by component: from → to. */
export async function ChangesList({ from, to }: { from: ComponentVersions; to: ComponentVersions }) {
  const { COMPONENT_LABELS, updatesMessages: t } = await texts(updatesCatalogue);
  const changes = plannedChanges(from, to);
  if (changes.length === 0) return <span className="text-neutral-600 dark:text-neutral-400">{t.noChange}</span>;
  return (
    <ul className="flex flex-col gap-0.5">
      {changes.map((change) => (
        <li key={change.component}>
          <span className="font-medium">{COMPONENT_LABELS[change.component]}</span> <span className="tabular-nums">{t.fromTo(change.from, change.to)}</span>
        </li>
      ))}
    </ul>
  );
}
