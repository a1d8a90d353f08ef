import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ClusterUpdateStatus } from "@/generated/prisma/enums";
import { COMPONENT_LABELS, UPDATE_STATUS_LABELS, updatesMessages as t } from "@/lib/messages-updates";
import { plannedChanges, type ComponentVersions } from "@/lib/releases";

const TONES: Record<ClusterUpdateStatus, BadgeTone> = { SCHEDULED: "blue", IN_PROGRESS: "indigo", SUCCEEDED: "green", FAILED: "red", SKIPPED: "neutral" };

export function UpdateStatusBadge({ status }: { status: ClusterUpdateStatus }) {
  return <Badge tone={TONES[status]}>{UPDATE_STATUS_LABELS[status]}</Badge>;
}

/** What a release changes on a cluster, component by component: from → to. */
export function ChangesList({ from, to }: { from: ComponentVersions; to: ComponentVersions }) {
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
