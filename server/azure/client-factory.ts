import "server-only";
import type { TokenCredential } from "@azure/core-auth";
import {
  bearerTokenAuthenticationPolicyName,
  isRestError,
  type Pipeline,
  type PipelinePolicy,
} from "@azure/core-rest-pipeline";
import { DefaultAzureCredential } from "@azure/identity";
import type * as ArmResources from "@azure/arm-resources";
import type * as ArmContainerService from "@azure/arm-containerservice";
import type * as ArmPostgres from "@azure/arm-postgresql-flexible";
import type * as ArmContainerRegistry from "@azure/arm-containerregistry";
import type * as ArmStorage from "@azure/arm-storage";
import type * as ArmDashboard from "@azure/arm-dashboard";
import type * as ArmMonitor from "@azure/arm-monitor";
import type * as ArmOperationalInsights from "@azure/arm-operationalinsights";
import type * as ArmNetwork from "@azure/arm-network";
import type * as ArmPrivateDns from "@azure/arm-privatedns";
import type * as ArmCompute from "@azure/arm-compute";
import type * as ArmAuthorization from "@azure/arm-authorization";
import type * as ArmManagedApplications from "@azure/arm-managedapplications";
import type * as ArmSubscriptions from "@azure/arm-resources-subscriptions";
import { createRequire } from "node:module";
import path from "node:path";
import { currentTrace } from "../trace";
import { throttleRetryPolicy, type ThrottleRetryOptions } from "./retry-policy";

export const PUBLIC_ARM_ENDPOINT = "https://management.azure.com";
export const LOCAL_EMULATOR_TOKEN = "local-emulator";
export const LOCAL_AUTH_POLICY_NAME = "localEmulatorAuthPolicy";
/** api-version used for Microsoft.Monitor/accounts (Azure Monitor workspaces) via generic resources. */
export const MONITOR_ACCOUNTS_API_VERSION = "2023-04-03";

export type RetrySettings = ThrottleRetryOptions;

interface CommonConfig {
  subscriptionId: string;
  /** Backoff for 429 without Retry-After and for the SDK's 5xx retries. */
  retry?: RetrySettings;
  /** Poll interval of long-running operations (default: 2000 ms azure, 50 ms local). */
  pollIntervalMs?: number;
  userAgentPrefix?: string;
}

export type AzureClientConfig =
  | (CommonConfig & { mode: "azure"; credential?: TokenCredential; endpoint?: string })
  | (CommonConfig & { mode: "local"; endpoint: string });

/** Options to pass to every LRO call: `client.x.beginCreateOrUpdateAndWait(..., clients.lro)`. */
export interface LroOptions {
  updateIntervalInMs: number;
}

/** Error of an ARM call in clear text. */
export interface ArmErrorInfo {
  code: string;
  message: string;
  /** HTTP status; undefined when the failure came from a finished long-running operation. */
  status?: number;
}

// The ARM SDKs take about 60 MB of memory once loaded, most of them needed only to build or
// reconcile a cluster. Each package is loaded when its client is first built (resolved from
// the project's root, where the portal and the worker run), so a worker that only takes
// backups loads just the storage one (decision 0017).
const loadPackage = createRequire(path.join(process.cwd(), "package.json"));
function armPackage<T>(name: string): T {
  return loadPackage(name) as T;
}

/** Static credential for the local emulator (it accepts any bearer token). */
export const localCredential: TokenCredential = {
  async getToken() {
    return { token: LOCAL_EMULATOR_TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 };
  },
};

function localAuthPolicy(): PipelinePolicy {
  return {
    name: LOCAL_AUTH_POLICY_NAME,
    sendRequest(request, next) {
      request.headers.set("Authorization", `Bearer ${LOCAL_EMULATOR_TOKEN}`);
      request.allowInsecureConnection = true; // loopback emulator only (checked in createAzureClients)
      return next(request);
    },
  };
}

export const CLIENT_REQUEST_ID_POLICY_NAME = "portalClientRequestIdPolicy";

/**
 * ARM calls made for a request (in the web process, or by the operation it started in the
 * worker) carry its id as x-ms-client-request-id, so Azure's logs and ours meet on one id.
 */
function clientRequestIdPolicy(): PipelinePolicy {
  return {
    name: CLIENT_REQUEST_ID_POLICY_NAME,
    sendRequest(request, next) {
      const { requestId } = currentTrace();
      if (requestId) request.headers.set("x-ms-client-request-id", requestId);
      return next(request);
    },
  };
}

/** Generic-resources wrapper for Microsoft.Monitor/accounts (MonitorClient has no Azure Monitor workspace API). */
export class MonitorAccountsClient {
  constructor(
    private readonly resources: ArmResources.ResourceManagementClient,
    private readonly subscriptionId: string,
    private readonly lro: LroOptions,
  ) {}
  id(resourceGroupName: string, name: string): string {
    return `/subscriptions/${this.subscriptionId}/resourceGroups/${resourceGroupName}/providers/Microsoft.Monitor/accounts/${name}`;
  }
  createOrUpdate(resourceGroupName: string, name: string, body: { location: string; tags?: Record<string, string>; properties?: Record<string, unknown> }) {
    return this.resources.resources.beginCreateOrUpdateByIdAndWait(this.id(resourceGroupName, name), MONITOR_ACCOUNTS_API_VERSION, body, this.lro);
  }
  get(resourceGroupName: string, name: string) {
    return this.resources.resources.getById(this.id(resourceGroupName, name), MONITOR_ACCOUNTS_API_VERSION);
  }
  delete(resourceGroupName: string, name: string) {
    return this.resources.resources.beginDeleteByIdAndWait(this.id(resourceGroupName, name), MONITOR_ACCOUNTS_API_VERSION, this.lro);
  }
}

/** Typed Azure SDK clients, built lazily on first use. */
export class AzureClients {
  readonly subscriptionId: string;
  readonly mode: "azure" | "local";
  readonly endpoint: string;
  readonly lro: LroOptions;
  private readonly credential: TokenCredential;
  private readonly cache = new Map<string, unknown>();

  constructor(private readonly config: AzureClientConfig) {
    this.subscriptionId = config.subscriptionId;
    this.mode = config.mode;
    this.endpoint = (config.endpoint ?? PUBLIC_ARM_ENDPOINT).replace(/\/$/, "");
    this.lro = { updateIntervalInMs: config.pollIntervalMs ?? (config.mode === "local" ? 50 : 2000) };
    this.credential = config.mode === "local" ? localCredential : (config.credential ?? new DefaultAzureCredential());
  }

  /** Client options shared by every SDK client. */
  private options() {
    const r = this.config.retry ?? {};
    return {
      endpoint: this.endpoint,
      retryOptions: {
        maxRetries: r.maxRetries ?? 3,
        retryDelayInMs: r.baseDelayMs ?? (this.mode === "local" ? 20 : 1000),
        maxRetryDelayInMs: r.maxDelayMs ?? (this.mode === "local" ? 500 : 30_000),
      },
      userAgentOptions: { userAgentPrefix: this.config.userAgentPrefix ?? "mendix-azure-portal" },
    };
  }

  private configure(pipeline: Pipeline): void {
    // After the SDK's own per-call id (same phase, added later), so the request's id wins.
    pipeline.addPolicy(clientRequestIdPolicy());
    if (this.mode === "local") {
      // The SDK's bearer policy refuses plain http; the emulator accepts any bearer token.
      pipeline.removePolicy({ name: bearerTokenAuthenticationPolicyName });
      pipeline.addPolicy(localAuthPolicy());
    }
    const r = this.config.retry ?? {};
    pipeline.addPolicy(
      throttleRetryPolicy({
        baseDelayMs: r.baseDelayMs ?? (this.mode === "local" ? 20 : 1000),
        maxDelayMs: r.maxDelayMs,
        maxRetries: r.maxRetries ?? 5,
      }),
      { phase: "Retry" },
    );
  }

  private lazy<T extends { pipeline: Pipeline }>(key: string, build: () => T): T {
    let c = this.cache.get(key) as T | undefined;
    if (!c) {
      c = build();
      this.configure(c.pipeline);
      this.cache.set(key, c);
    }
    return c;
  }

  get resources(): ArmResources.ResourceManagementClient {
    return this.lazy("resources", () => new (armPackage<typeof ArmResources>("@azure/arm-resources").ResourceManagementClient)(this.credential, this.subscriptionId, this.options()));
  }
  get containerService(): ArmContainerService.ContainerServiceClient {
    return this.lazy("aks", () => new (armPackage<typeof ArmContainerService>("@azure/arm-containerservice").ContainerServiceClient)(this.credential, this.subscriptionId, this.options()));
  }
  get postgres(): ArmPostgres.PostgreSQLManagementFlexibleServerClient {
    return this.lazy("pg", () => new (armPackage<typeof ArmPostgres>("@azure/arm-postgresql-flexible").PostgreSQLManagementFlexibleServerClient)(this.credential, this.subscriptionId, this.options()));
  }
  get containerRegistry(): ArmContainerRegistry.ContainerRegistryManagementClient {
    return this.lazy("acr", () => new (armPackage<typeof ArmContainerRegistry>("@azure/arm-containerregistry").ContainerRegistryManagementClient)(this.credential, this.subscriptionId, this.options()));
  }
  get storage(): ArmStorage.StorageManagementClient {
    return this.lazy("storage", () => new (armPackage<typeof ArmStorage>("@azure/arm-storage").StorageManagementClient)(this.credential, this.subscriptionId, this.options()));
  }
  get dashboard(): ArmDashboard.DashboardManagementClient {
    return this.lazy("grafana", () => new (armPackage<typeof ArmDashboard>("@azure/arm-dashboard").DashboardManagementClient)(this.credential, this.subscriptionId, this.options()));
  }
  get monitor(): ArmMonitor.MonitorClient {
    return this.lazy("monitor", () => new (armPackage<typeof ArmMonitor>("@azure/arm-monitor").MonitorClient)(this.credential, this.subscriptionId, this.options()));
  }
  /** Azure Monitor workspaces (Microsoft.Monitor/accounts) through generic resources. */
  get monitorAccounts(): MonitorAccountsClient {
    let c = this.cache.get("monitorAccounts") as MonitorAccountsClient | undefined;
    if (!c) this.cache.set("monitorAccounts", (c = new MonitorAccountsClient(this.resources, this.subscriptionId, this.lro)));
    return c;
  }
  get operationalInsights(): ArmOperationalInsights.OperationalInsightsManagementClient {
    return this.lazy("law", () => new (armPackage<typeof ArmOperationalInsights>("@azure/arm-operationalinsights").OperationalInsightsManagementClient)(this.credential, this.subscriptionId, this.options()));
  }
  get network(): ArmNetwork.NetworkManagementClient {
    return this.lazy("network", () => new (armPackage<typeof ArmNetwork>("@azure/arm-network").NetworkManagementClient)(this.credential, this.subscriptionId, this.options()));
  }
  get privateDns(): ArmPrivateDns.PrivateDnsManagementClient {
    return this.lazy("dns", () => new (armPackage<typeof ArmPrivateDns>("@azure/arm-privatedns").PrivateDnsManagementClient)(this.credential, this.subscriptionId, this.options()));
  }
  get compute(): ArmCompute.ComputeManagementClient {
    return this.lazy("compute", () => new (armPackage<typeof ArmCompute>("@azure/arm-compute").ComputeManagementClient)(this.credential, this.subscriptionId, this.options()));
  }
  get authorization(): ArmAuthorization.AuthorizationManagementClient {
    return this.lazy("authz", () => new (armPackage<typeof ArmAuthorization>("@azure/arm-authorization").AuthorizationManagementClient)(this.credential, this.subscriptionId, this.options()));
  }
  get applications(): ArmManagedApplications.ApplicationClient {
    return this.lazy("apps", () => new (armPackage<typeof ArmManagedApplications>("@azure/arm-managedapplications").ApplicationClient)(this.credential, this.subscriptionId, this.options()));
  }
  get subscriptions(): ArmSubscriptions.SubscriptionClient {
    return this.lazy("subs", () => new (armPackage<typeof ArmSubscriptions>("@azure/arm-resources-subscriptions").SubscriptionClient)(this.credential, this.options()));
  }
  /** Clients built so far (for tests). */
  builtClients(): string[] {
    return [...this.cache.keys()];
  }
}

/** The one place that builds Azure SDK clients (production: DefaultAzureCredential; local: the ARM emulator). */
export function createAzureClients(config: AzureClientConfig): AzureClients {
  if (config.mode === "local" && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\/?$/.test(config.endpoint))
    throw new Error(`Local mode needs a loopback http endpoint, got '${config.endpoint}'.`);
  return new AzureClients(config);
}

/** ARM's own names of HTTP statuses, for answers without an error body. */
const HTTP_CODES: Record<number, string> = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  409: "Conflict",
  412: "PreconditionFailed",
  429: "TooManyRequests",
  500: "InternalServerError",
  502: "BadGateway",
  503: "ServiceUnavailable",
  504: "GatewayTimeout",
};

const LRO_FAILED = /^The long-running operation has failed\.\s*([^.\s]+)\.\s*([\s\S]*)$/;

/** Turns an Azure SDK error (RestError or failed long-running operation) into `{ code, message, status }`. */
export function armErrorMessage(err: unknown): ArmErrorInfo {
  if (isRestError(err)) {
    let body: { error?: { code?: string; message?: string } } | undefined;
    const details = (err as { details?: unknown }).details;
    if (details && typeof details === "object" && "error" in details) body = details as typeof body;
    if (!body?.error && err.response?.bodyAsText) {
      try {
        body = JSON.parse(err.response.bodyAsText);
      } catch {
        /* not JSON */
      }
    }
    const status = err.statusCode ?? err.response?.status;
    return {
      code: body?.error?.code ?? err.code ?? (status ? (HTTP_CODES[status] ?? `Http${status}`) : "RestError"),
      message: body?.error?.message ?? err.message,
      status,
    };
  }
  if (err instanceof Error) {
    const m = LRO_FAILED.exec(err.message);
    if (m) return { code: m[1], message: m[2].trim() };
    return { code: err.name || "Error", message: err.message };
  }
  return { code: "Unknown", message: String(err) };
}

/** True for "already gone" answers (404) of ARM. */
export function isArmNotFound(err: unknown): boolean {
  return isRestError(err) && err.statusCode === 404;
}

/** True for 409 Conflict / AnotherOperationInProgress answers. */
export function isArmConflict(err: unknown): boolean {
  return isRestError(err) && err.statusCode === 409;
}
