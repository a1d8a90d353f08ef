import "server-only";
import type { EnvironmentPlan, EnvironmentState } from "@/generated/prisma/enums";
import { PLAN_RESOURCES } from "@/lib/environments";

// Pure transforms between an environment and the Mendix Operator's MendixApp custom resource
// (group privatecloud.mendix.com): the desired state we write, the status we read back.

export const MENDIX_APP = { group: "privatecloud.mendix.com", version: "v1alpha1", plural: "mendixapps", kind: "MendixApp" } as const;
/** Label on every MendixApp the portal writes, naming the environment it belongs to. */
const ENVIRONMENT_LABEL = "portal.mendix-azure.example/environment-id";

export interface MendixAppObject {
  apiVersion?: string;
  kind?: string;
  metadata: { name: string; namespace?: string; generation?: number; resourceVersion?: string; labels?: Record<string, string>; deletionTimestamp?: string };
  spec: MendixAppSpec;
  status?: MendixAppStatus;
}

export interface MendixAppSpec {
  replicas: number;
  appURL?: string;
  sourceURL?: string;
  sourceVersion?: string;
  mendixRuntimeVersion?: string;
  /** The operation that last (re)started the app: a new value makes the operator start it again, also after a failure. */
  restartedBy?: string;
  database: { servicePlan: string; name: string };
  storage: { servicePlan: string; container: string };
  resources: { limits: { cpu: string; memory: string }; requests: { cpu: string; memory: string } };
}

export interface MendixAppStatus {
  phase?: string;
  observedGeneration?: number;
  replicas?: number;
  readyReplicas?: number;
  runtimeVersion?: string | null;
  message?: string;
}

export interface DesiredApp {
  environmentId: string;
  name: string;
  plan: EnvironmentPlan;
  replicas: number;
  appHost: string | null;
  databaseName: string;
  filesContainer: string;
  source?: { url: string; modelVersion: string; runtimeVersion: string } | null;
}

/** The MendixApp resource for an environment. */
export function mendixAppBody(app: DesiredApp): MendixAppObject {
  const resources = PLAN_RESOURCES[app.plan];
  return {
    apiVersion: `${MENDIX_APP.group}/${MENDIX_APP.version}`,
    kind: MENDIX_APP.kind,
    metadata: { name: app.name, labels: { [ENVIRONMENT_LABEL]: app.environmentId } },
    spec: {
      replicas: app.replicas,
      ...(app.appHost ? { appURL: app.appHost } : {}),
      ...(app.source ? { sourceURL: app.source.url, sourceVersion: app.source.modelVersion, mendixRuntimeVersion: app.source.runtimeVersion } : {}),
      database: { servicePlan: "azure-postgresql", name: app.databaseName },
      storage: { servicePlan: "azure-blob", container: app.filesContainer },
      resources: { limits: { ...resources }, requests: { cpu: resources.cpu, memory: resources.memory } },
    },
  };
}

const SETTLED: Record<string, EnvironmentState> = { Running: "RUNNING", Stopped: "STOPPED", Failed: "FAILED" };

/** True when the operator has acted on the latest spec (its status is final for this generation). */
export function isSettled(app: MendixAppObject): boolean {
  const status = app.status ?? {};
  return !app.metadata.deletionTimestamp && (status.observedGeneration ?? 0) >= (app.metadata.generation ?? 1) && status.phase !== undefined && status.phase in SETTLED;
}

/** Our environment state for a settled MendixApp. */
export function settledState(app: MendixAppObject): EnvironmentState {
  return SETTLED[app.status?.phase ?? ""] ?? "FAILED";
}
