// Shared types of the ARM emulator (server, CLI and admin client).
// This module must stay free of runtime imports from the portal (`server/**`).

export interface ArmErrorBody {
  code: string;
  message: string;
  details?: ArmErrorBody[];
}

/** Matches requests for request-level faults (throttle, serverError, latency). All given fields must match. */
export interface RequestMatch {
  /** HTTP method, e.g. "PUT". */
  method?: string;
  /** ARM resource type as classified by the emulator, e.g. "Microsoft.ContainerService/managedClusters",
   *  "Microsoft.Resources/resourceGroups", "operationStatuses". Case-insensitive. */
  resourceType?: string;
  /** Case-insensitive substring of the request path. */
  pathContains?: string;
}

export type FaultRule =
  | ({
      kind: "provisioningFailure";
      /** Resource type whose provisioning fails, e.g. "Microsoft.DBforPostgreSQL/flexibleServers". */
      resourceType: string;
      /** Only resources with this name (case-insensitive). */
      name?: string;
      /** Which operations fail; default ["create", "update"]. */
      operations?: Array<"create" | "update" | "delete">;
      /** ARM error code; default "InternalServerError". */
      code?: string;
      message?: string;
    } & FaultCommon)
  | ({
      kind: "throttle";
      /** Seconds to send in `Retry-After`; omit for a 429 without it. */
      retryAfterSeconds?: number;
      /** Milliseconds to send in `retry-after-ms` (and rounded-up seconds in `Retry-After`). */
      retryAfterMs?: number;
    } & FaultCommon &
      RequestMatch)
  | ({
      kind: "serverError";
      /** HTTP status, default 500. */
      status?: number;
      code?: string;
      message?: string;
    } & FaultCommon &
      RequestMatch)
  | ({ kind: "latency"; ms: number } & FaultCommon & RequestMatch);

export interface FaultCommon {
  /** Assigned by the emulator if omitted. */
  id?: string;
  /** How many times the fault fires; unlimited when omitted. */
  times?: number;
}

export type FaultRuleWithState = FaultRule & { id: string; fired: number };

export interface ComputeSkuSpec {
  name: string;
  family: string;
  vCPUs: number;
  memoryGB: number;
  /** Regions where the size is offered; omit = all configured regions. */
  locations?: string[];
  /** Regions where it is listed but restricted (NotAvailableForSubscription). */
  restrictedLocations?: string[];
}

export interface SubscriptionSpec {
  subscriptionId: string;
  displayName?: string;
  state?: "Enabled" | "Disabled" | "Warned" | "PastDue" | "Deleted";
  tenantId?: string;
}

export interface RoleAssignmentSeed {
  principalId: string;
  /** A GUID (e.g. Owner 8e3af657-a8ff-443c-a75c-2fe8c4bcb635) or a full roleDefinitionId. */
  roleDefinitionId: string;
  /** e.g. "/subscriptions/{id}" or a resource group id. */
  scope: string;
  principalType?: "User" | "Group" | "ServicePrincipal";
  /** Assignment name (GUID); generated if omitted. */
  name?: string;
}

export interface EmulatorOptions {
  /** 0 = any free port. Default 4010. */
  port?: number;
  /** Loopback only; default 127.0.0.1. */
  host?: string;
  /** Directory for state.json; `null` = in-memory only. Default ".data/arm-emulator". */
  stateDir?: string | null;
  /** Duration of provisioning (PUT/PATCH/DELETE long-running operations) in ms; 0 = instant. Default 1500. */
  provisionMs?: number;
  /** Local PostgreSQL used as every flexible server's endpoint (FQDN = host; port documented, see /_emulator/config). */
  postgres?: { host: string; port: number };
  /** Azurite blob endpoint, e.g. http://127.0.0.1:10000/devstoreaccount1 */
  blobEndpoint?: string;
  /** Fault rules active from start-up. */
  faults?: FaultRule[];
  /** Provider namespaces that start NotRegistered in every subscription. Default none. */
  unregisteredProviders?: string[];
  /** Regions offered. */
  regions?: string[];
  computeSkus?: ComputeSkuSpec[];
  /** Supported AKS versions, ascending. */
  kubernetesVersions?: string[];
  /** Subscriptions known up front (others are created on first use). */
  subscriptions?: SubscriptionSpec[];
  tenantId?: string;
  roleAssignments?: RoleAssignmentSeed[];
  /** How long the emulated Mendix Operator takes to act on a MendixApp change, in ms (default: provisionMs). */
  kubernetesOperatorMs?: number;
  /** Write-behind delay for the state file in ms (default 100). */
  persistDelayMs?: number;
}

export interface RequestCounts {
  total: number;
  /** key: "METHOD type", e.g. "PUT Microsoft.ContainerService/managedClusters" */
  counts: Record<string, number>;
}

export interface EmulatorPublicConfig {
  provisionMs: number;
  postgres: { host: string; port: number } | null;
  blobEndpoint: string | null;
  regions: string[];
  kubernetesVersions: string[];
  tenantId: string;
  stateFile: string | null;
}

export const OWNER_ROLE_ID = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
export const CONTRIBUTOR_ROLE_ID = "b24988ac-6180-42a0-ab88-20f7382dd24c";
export const READER_ROLE_ID = "acdd72a7-3385-48ef-bd42-f606fba81ae7";
