import "server-only";
import { DefaultAzureCredential } from "@azure/identity";
import type { TokenCredential } from "@azure/core-auth";
import type * as K8s from "@kubernetes/client-node";
import type { KubeConfig } from "@kubernetes/client-node";
import type { AzureGateway } from "../azure/gateway";
import { MENDIX_APP, type MendixAppObject, type MendixAppSpec } from "./mendix-app";

// The Kubernetes API of a cluster's AKS through @kubernetes/client-node. The kubeconfig comes from
// the AKS SDK's listClusterUserCredentials in both modes: against Azure it names the AKS API
// server (its Entra sign-in is replaced by a token of the portal's identity), locally the ARM
// emulator answers with a kubeconfig for its own small Kubernetes API.

// @kubernetes/client-node is about 50 MB of memory once loaded: it is loaded when a cluster's
// Kubernetes API is first needed, so a worker that only takes backups never loads it (decision 0017).
let k8s: typeof K8s | undefined;
async function loadK8s(): Promise<typeof K8s> {
  return (k8s ??= await import("@kubernetes/client-node"));
}

/** An error of the Kubernetes client (only possible once the client was loaded). */
function isApiException(error: unknown): error is K8s.ApiException<unknown> {
  return k8s !== undefined && error instanceof k8s.ApiException;
}

/** Microsoft Entra application of the AKS API server (the audience of its tokens). */
const AKS_AAD_SERVER_SCOPE = "6dae42f8-4368-4678-94ff-3960e28e3630/.default";
/** Credentials are read again after this long (Entra tokens last about an hour). */
const CONFIG_TTL_MS = 30 * 60_000;

export interface KubeCluster {
  subscriptionId: string;
  resourceGroup: string;
  /** The AKS resource name. */
  aksName: string;
}

export class KubeFailure extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = "KubeFailure";
  }
}

/** Kubernetes' own error (a Status object) in clear text. */
export function toKubeFailure(error: unknown): KubeFailure {
  if (error instanceof KubeFailure) return error;
  if (isApiException(error)) {
    let body: { reason?: string; message?: string } = {};
    try {
      body = typeof error.body === "string" ? JSON.parse(error.body) : (error.body as typeof body);
    } catch {
      /* not JSON */
    }
    return new KubeFailure(error.code, body?.reason ?? `Http${error.code}`, body?.message ?? `The Kubernetes API answered ${error.code}.`);
  }
  return new KubeFailure(0, "Unreachable", error instanceof Error ? error.message : String(error));
}

/** MendixApp resources and namespaces of one cluster. */
export interface MendixApps {
  ensureNamespace(namespace: string): Promise<void>;
  get(namespace: string, name: string): Promise<MendixAppObject | null>;
  create(namespace: string, app: MendixAppObject): Promise<MendixAppObject>;
  /** Merge-patches the spec; returns the resource with its new generation. */
  patchSpec(namespace: string, name: string, spec: Partial<MendixAppSpec>): Promise<MendixAppObject>;
  /** Deletes the resource; "already gone" is fine. */
  delete(namespace: string, name: string): Promise<void>;
}

export interface KubernetesGateway {
  apps(cluster: KubeCluster): MendixApps;
}

async function loadConfig(azure: AzureGateway, cluster: KubeCluster, credential: () => TokenCredential): Promise<KubeConfig> {
  const clients = azure.clientsFor(cluster.subscriptionId);
  const result = await clients.containerService.managedClusters.listClusterUserCredentials(cluster.resourceGroup, cluster.aksName);
  const raw = result.kubeconfigs?.[0]?.value;
  if (!raw) throw new KubeFailure(0, "NoCredentials", `The managed cluster ${cluster.aksName} returned no credentials.`);
  const { KubeConfig } = await loadK8s();
  const kc = new KubeConfig();
  kc.loadFromString(Buffer.from(raw).toString("utf8"));
  const current = kc.getCurrentCluster();
  if (!current) throw new KubeFailure(0, "NoCredentials", "The kubeconfig names no cluster.");
  if (clients.mode === "local") {
    if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//.test(current.server)) throw new KubeFailure(0, "NotLoopback", `Local mode talks to a loopback Kubernetes API only, got '${current.server}'.`);
    return kc;
  }
  // Entra-enabled clusters hand out an exec (kubelogin) user: sign in as the portal instead.
  const token = await credential().getToken(AKS_AAD_SERVER_SCOPE);
  if (!token) throw new KubeFailure(0, "NoCredentials", "No Microsoft Entra token for the AKS API server.");
  const user = kc.getCurrentUser();
  const context = kc.getContextObject(kc.getCurrentContext());
  kc.loadFromOptions({
    clusters: kc.clusters,
    users: [{ name: user?.name ?? "portal", token: token.token }],
    contexts: [{ name: context?.name ?? "portal", cluster: current.name, user: user?.name ?? "portal" }],
    currentContext: context?.name ?? "portal",
  });
  return kc;
}

function notFound(error: unknown): boolean {
  return isApiException(error) && error.code === 404;
}

function appsFor(getConfig: () => Promise<KubeConfig>): MendixApps {
  const custom = async () => (await getConfig()).makeApiClient((await loadK8s()).CustomObjectsApi);
  const ref = (namespace: string) => ({ group: MENDIX_APP.group, version: MENDIX_APP.version, plural: MENDIX_APP.plural, namespace });
  const call = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      throw toKubeFailure(error);
    }
  };
  return {
    async ensureNamespace(namespace) {
      const core = (await getConfig()).makeApiClient((await loadK8s()).CoreV1Api);
      try {
        await core.readNamespace({ name: namespace });
      } catch (error) {
        if (!notFound(error)) throw toKubeFailure(error);
        await call(() => core.createNamespace({ body: { metadata: { name: namespace } } })).catch((failure: KubeFailure) => {
          if (failure.status !== 409) throw failure; // created meanwhile
        });
      }
    },
    async get(namespace, name) {
      const api = await custom();
      try {
        return (await api.getNamespacedCustomObject({ ...ref(namespace), name })) as MendixAppObject;
      } catch (error) {
        if (notFound(error)) return null;
        throw toKubeFailure(error);
      }
    },
    async create(namespace, app) {
      const api = await custom();
      return call(async () => (await api.createNamespacedCustomObject({ ...ref(namespace), body: app })) as MendixAppObject);
    },
    async patchSpec(namespace, name, spec) {
      const api = await custom();
      const { PatchStrategy, setHeaderOptions } = await loadK8s();
      return call(async () => (await api.patchNamespacedCustomObject({ ...ref(namespace), name, body: { spec } }, setHeaderOptions("Content-Type", PatchStrategy.MergePatch))) as MendixAppObject);
    },
    async delete(namespace, name) {
      const api = await custom();
      try {
        await api.deleteNamespacedCustomObject({ ...ref(namespace), name });
      } catch (error) {
        if (!notFound(error)) throw toKubeFailure(error);
      }
    },
  };
}

/** Kubernetes access for the clusters reached through this Azure gateway (kubeconfigs cached a while). */
export function createKubernetesGateway(azure: AzureGateway, credential?: TokenCredential): KubernetesGateway {
  const configs = new Map<string, { at: number; config: Promise<KubeConfig> }>();
  let azureCredential = credential;
  const getCredential = () => (azureCredential ??= new DefaultAzureCredential());
  return {
    apps(cluster) {
      const key = `${cluster.subscriptionId}/${cluster.resourceGroup}/${cluster.aksName}`.toLowerCase();
      const getConfig = () => {
        const cached = configs.get(key);
        if (cached && Date.now() - cached.at < CONFIG_TTL_MS) return cached.config;
        const config = loadConfig(azure, cluster, getCredential);
        configs.set(key, { at: Date.now(), config });
        config.catch(() => configs.delete(key));
        return config;
      };
      return appsFor(getConfig);
    },
  };
}

const gateways = new WeakMap<AzureGateway, KubernetesGateway>();

/** The one Kubernetes gateway per Azure gateway (so kubeconfigs are shared by every job of a worker). */
export function kubernetesFor(azure: AzureGateway): KubernetesGateway {
  let gateway = gateways.get(azure);
  if (!gateway) gateways.set(azure, (gateway = createKubernetesGateway(azure)));
  return gateway;
}
