// The texts of service updates: the customers' Updates page, the admins' releases page, the
// steps of a cluster update and the notifications around it.
import type { ReleaseComponent, ReleaseKindName } from "./release-kinds";

export const RELEASE_KIND_LABELS: Record<ReleaseKindName, string> = {
  QUARTERLY: "Quarterly",
  WEEKLY: "Weekly node image",
  EMERGENCY: "Emergency",
};

export const COMPONENT_LABELS: Record<ReleaseComponent, string> = {
  kubernetes: "Kubernetes",
  nodeImage: "Node image",
  operator: "Mendix Operator",
  agent: "Mendix Agent",
  grafana: "Grafana",
};

export const UPDATE_STATUS_LABELS = {
  SCHEDULED: "Scheduled",
  IN_PROGRESS: "Running",
  SUCCEEDED: "Done",
  FAILED: "Failed",
  SKIPPED: "Skipped",
} as const;

/** The steps of a cluster update, in order. */
export const UPDATE_STEPS = {
  window: "Maintenance window",
  kubernetes: "Kubernetes version",
  nodeImage: "Node image",
  inCluster: "Mendix Operator and Agent",
  grafana: "Grafana",
} as const;

export const updateNotices = {
  upcoming: (cluster: string, release: string, when: string) => `${cluster} will be updated to release ${release} in its maintenance window starting ${when} (UTC).`,
  emergency: (cluster: string, release: string) => `${cluster} receives emergency release ${release} now; emergency updates do not wait for the maintenance window.`,
  succeeded: (cluster: string, release: string) => `${cluster} has been updated to release ${release}.`,
  failed: (cluster: string, release: string, reason: string) => `The update of ${cluster} to release ${release} failed: ${reason}. The provider has been told and will retry.`,
  notApproved: (environments: string[]) => `On the JIT plan every environment's update must be approved; not approved: ${environments.join(", ")}.`,
};

export const updatesMessages = {
  title: "Updates",
  description: "Service updates of this cluster: what is scheduled, in which maintenance window, and what ran before.",
  cadence:
    "The provider updates every cluster on a fixed cadence: quarterly for all components, weekly for the node image, and at once for emergency fixes. The cadence and the maintenance window cannot be changed by customers.",
  windowTitle: "Maintenance window",
  windowValue: (utc: string) => `${utc} UTC, every week`,
  nextWindow: "Next window",
  nextWindowHint: (zone: string) => `In your organisation's time zone (${zone}).`,
  scheduledTitle: "Scheduled",
  scheduledEmpty: "No update is scheduled for this cluster.",
  emergencyNow: "Emergency: runs now, without waiting for the window",
  historyTitle: "History",
  historyEmpty: "No update has run on this cluster yet.",
  columns: { release: "Release", kind: "Kind", when: "When", changes: "Changes", status: "Status", cluster: "Cluster", wave: "Wave", error: "Detail" },
  noChange: "Already on these versions",
  fromTo: (from: string | null, to: string) => `${from ?? "—"} → ${to}`,
  admin: {
    title: "Releases",
    link: "Releases",
    description: "Publish a release of the managed components and follow its rollout, wave by wave, in each cluster's maintenance window.",
    publishTitle: "Publish a release",
    version: "Release",
    versionHint: "For example 2027.Q1 or 2026-W50.",
    kind: "Kind",
    purpose: "Purpose",
    purposeHint: "Required for an emergency release; customers see it.",
    notes: "Notes",
    componentsTitle: "Component versions",
    componentsHint: "Leave a component empty to keep it as it is. A weekly release changes the node image only.",
    firstWave: "First wave",
    firstWaveHint: "Clusters updated first; the rest follow in their window after the first wave has finished.",
    publish: "Publish",
    published: "Published; the updates are scheduled.",
    rolloutsTitle: "Rollouts",
    rolloutsEmpty: "No release has been published yet.",
    pause: "Pause",
    resume: "Resume",
    paused: "Paused",
    rollingOut: "Rolling out",
    completed: "Completed",
    publishedAt: (when: string) => `Published ${when}`,
    counts: "Per cluster",
    moreClusters: (count: number) => `and ${count} more`,
  },
};
