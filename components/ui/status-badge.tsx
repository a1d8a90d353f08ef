import type { ClusterStatus, ComponentState, EnvironmentState, OperationStatus } from "@/generated/prisma/enums";
import { StatusLabel } from "@/components/i18n/status-label";
import { Badge, Dot, type BadgeTone } from "./badge";

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

export function StatusBadge({ status }: { status: ClusterStatus }) {
  const tone = CLUSTER_STATUS_TONE[status] ?? "neutral";
  return (
    <Badge tone={tone} data-status={status}>
      <Dot tone={tone} pulse={ACTIVE_CLUSTER.includes(status)} />
      <StatusLabel group="clusterStatus" value={status} />
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

export function ComponentStateBadge({ state }: { state: ComponentState }) {
  const tone = COMPONENT_TONE[state] ?? "neutral";
  return (
    <Badge tone={tone} data-state={state}>
      <Dot tone={tone} pulse={state === "PROVISIONING" || state === "DELETING"} />
      <StatusLabel group="componentState" value={state} />
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

export function EnvironmentStateBadge({ state }: { state: EnvironmentState }) {
  const tone = ENVIRONMENT_TONE[state] ?? "neutral";
  return (
    <Badge tone={tone} data-state={state}>
      <Dot tone={tone} />
      <StatusLabel group="environmentState" value={state} />
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

export function OperationStatusBadge({ status }: { status: OperationStatus }) {
  const tone = OPERATION_TONE[status] ?? "neutral";
  return (
    <Badge tone={tone} data-status={status}>
      <Dot tone={tone} pulse={status === "RUNNING" || status === "QUEUED"} />
      <StatusLabel group="operationStatus" value={status} />
    </Badge>
  );
}
