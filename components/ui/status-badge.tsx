import type { ClusterStatus, ComponentState, EnvironmentState, OperationStatus } from "@/generated/prisma/enums";
import { Badge, Dot, type BadgeTone } from "./badge";

// The badges are plain markup, the same from server and client components: the caller passes the
// status's word in the page's language — a server component from `texts(statusCatalogue)`
// (server/i18n/texts.ts), a client component from `useTexts(statusCatalogue)`. A client component
// inside the badge would make every server table row with a badge a React element again instead of
// part of TBody's one string (components/ui/static-markup.ts, docs/decisions/0038-page-speed-shell.md).

/** One colour per cluster status, used everywhere a status is shown. */
export const CLUSTER_STATUS_TONE: Record<ClusterStatus, BadgeTone> = {
  READY_TO_INITIALIZE: "blue",
  INITIALIZING: "amber",
  INITIALIZED: "green",
  FAILED: "red",
  UPDATING: "violet",
  OFFBOARDING: "orange",
  OFFBOARDED: "neutral",
};

const ACTIVE_CLUSTER: ClusterStatus[] = ["INITIALIZING", "UPDATING", "OFFBOARDING"];

export function StatusBadge({ status, label }: { status: ClusterStatus; label: string }) {
  const tone = CLUSTER_STATUS_TONE[status] ?? "neutral";
  return (
    <Badge tone={tone} data-status={status}>
      <Dot tone={tone} pulse={ACTIVE_CLUSTER.includes(status)} />
      {label}
    </Badge>
  );
}

const COMPONENT_TONE: Record<ComponentState, BadgeTone> = {
  PENDING: "neutral",
  PROVISIONING: "amber",
  SUCCEEDED: "green",
  FAILED: "red",
  DELETING: "orange",
  DELETED: "neutral",
};

export function ComponentStateBadge({ state, label }: { state: ComponentState; label: string }) {
  const tone = COMPONENT_TONE[state] ?? "neutral";
  return (
    <Badge tone={tone} data-state={state}>
      <Dot tone={tone} pulse={state === "PROVISIONING" || state === "DELETING"} />
      {label}
    </Badge>
  );
}

const ENVIRONMENT_TONE: Record<EnvironmentState, BadgeTone> = {
  CREATING: "amber",
  STOPPED: "neutral",
  STARTING: "amber",
  RUNNING: "green",
  STOPPING: "amber",
  DEPLOYING: "violet",
  RESTORING: "violet",
  DELETING: "orange",
  FAILED: "red",
};

export function EnvironmentStateBadge({ state, label }: { state: EnvironmentState; label: string }) {
  const tone = ENVIRONMENT_TONE[state] ?? "neutral";
  return (
    <Badge tone={tone} data-state={state}>
      <Dot tone={tone} />
      {label}
    </Badge>
  );
}

const OPERATION_TONE: Record<OperationStatus, BadgeTone> = {
  QUEUED: "neutral",
  RUNNING: "blue",
  SUCCEEDED: "green",
  FAILED: "red",
  CANCELLED: "neutral",
};

export function OperationStatusBadge({ status, label }: { status: OperationStatus; label: string }) {
  const tone = OPERATION_TONE[status] ?? "neutral";
  return (
    <Badge tone={tone} data-status={status}>
      <Dot tone={tone} pulse={status === "RUNNING" || status === "QUEUED"} />
      {label}
    </Badge>
  );
}
