// A minimal Kubernetes API server for the emulator: per AKS cluster (reached through the kubeconfig
// that `listClusterUserCredential` returns) namespaces and the Mendix Operator's MendixApp custom
// resources, with an operator loop that moves each app's status after a delay, fault injection, and
// write-behind persistence next to the ARM state. Kubernetes-shaped answers (Status objects,
// resourceVersion conflicts, merge and JSON patches), enough for @kubernetes/client-node.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, promises as fsp, readFileSync } from "node:fs";
import path from "node:path";
import { beginTransition, settle } from "./kubernetes-operator";
import { MENDIX_GROUP, MENDIX_KIND, MENDIX_PLURAL, MENDIX_VERSION, type KubeClusterState, type KubeFaultRule, type KubeFaultWithState, type KubeJson } from "./kubernetes-types";

export interface KubeReply {
  status: number;
  body?: unknown;
}

class KubeError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function statusBody(code: number, reason: string, message: string): KubeJson {
  return { kind: "Status", apiVersion: "v1", metadata: {}, status: "Failure", message, reason, code };
}

function isObject(v: unknown): v is KubeJson {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** RFC 7386 JSON merge patch. */
function mergePatch(target: KubeJson, patch: KubeJson): KubeJson {
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete target[k];
    else if (isObject(v) && isObject(target[k])) mergePatch(target[k], v);
    else target[k] = structuredClone(v);
  }
  return target;
}

/** RFC 6902 JSON patch (add, replace, remove, test). */
function jsonPatch(target: KubeJson, ops: unknown): KubeJson {
  if (!Array.isArray(ops)) throw new KubeError(400, "BadRequest", "A JSON patch must be an array of operations.");
  for (const op of ops as { op: string; path: string; value?: unknown }[]) {
    const parts = String(op.path ?? "").split("/").slice(1).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (!parts.length) throw new KubeError(422, "Invalid", `Invalid patch path '${op.path}'.`);
    let node: any = target;
    for (const p of parts.slice(0, -1)) {
      if (!isObject(node[p]) && !Array.isArray(node[p])) {
        if (op.op !== "add") throw new KubeError(422, "Invalid", `Patch path '${op.path}' does not exist.`);
        node[p] = {};
      }
      node = node[p];
    }
    const last = parts[parts.length - 1];
    if (op.op === "add" || op.op === "replace") node[last] = structuredClone(op.value);
    else if (op.op === "remove") delete node[last];
    else if (op.op === "test") {
      if (JSON.stringify(node[last]) !== JSON.stringify(op.value)) throw new KubeError(422, "Invalid", `Patch test failed at '${op.path}'.`);
    } else throw new KubeError(422, "Invalid", `Unsupported patch operation '${op.op}'.`);
  }
  return target;
}

export class KubernetesApi {
  private clusters = new Map<string, KubeClusterState>();
  private faults: KubeFaultWithState[] = [];
  private timers = new Map<string, NodeJS.Timeout>();
  private persistTimer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly file: string | null;

  constructor(
    stateDir: string | null,
    public operatorMs: number,
    private readonly clusterExists: (armKey: string) => boolean,
    private readonly persistDelayMs = 100,
  ) {
    this.file = stateDir ? path.join(stateDir, "kubernetes.json") : null;
  }

  load(): void {
    if (!this.file || !existsSync(this.file)) return;
    const data = JSON.parse(readFileSync(this.file, "utf8")) as { clusters?: Record<string, KubeClusterState> };
    for (const [id, c] of Object.entries(data.clusters ?? {})) {
      this.clusters.set(id, c);
      for (const [key, at] of Object.entries(c.settleAt)) this.schedule(id, key, at - Date.now());
    }
  }

  private markDirty(): void {
    if (!this.file || this.closed || this.persistTimer) return;
    this.persistTimer = setTimeout(() => void this.flush(), this.persistDelayMs);
    this.persistTimer.unref();
  }

  /** Writes the state now (one write at a time; a change during a write is written after it). */
  flush(): Promise<void> {
    if (this.persistTimer) clearTimeout(this.persistTimer);
    this.persistTimer = null;
    const file = this.file;
    if (!file) return Promise.resolve();
    this.writing = this.writing.then(async () => {
      mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await fsp.writeFile(tmp, JSON.stringify({ clusters: Object.fromEntries(this.clusters) }));
      await fsp.rename(tmp, file);
    }).catch((error) => console.error("[kubernetes-emulator] state not saved:", (error as Error).message));
    return this.writing;
  }

  async close(): Promise<void> {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    if (this.persistTimer) await this.flush();
    await this.writing;
    this.closed = true;
  }

  reset(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.clusters.clear();
    this.faults = [];
    this.markDirty();
  }

  /** The kubeconfig of an AKS cluster (what listClusterUserCredential returns), registering the cluster. */
  kubeconfig(armKey: string, clusterName: string, baseUrl: string): string {
    const id = createHash("sha1").update(armKey).digest("hex").slice(0, 20);
    let c = this.clusters.get(id);
    if (!c) {
      c = { armKey, token: createHash("sha1").update(`token:${armKey}`).digest("hex"), namespaces: {}, apps: {}, settleAt: {}, resourceVersion: 1 };
      this.clusters.set(id, c);
      for (const ns of ["default", "kube-system"]) c.namespaces[ns] = this.newNamespace(c, ns);
      this.markDirty();
    }
    const config = {
      apiVersion: "v1",
      kind: "Config",
      clusters: [{ name: clusterName, cluster: { server: `${baseUrl}/kubernetes/${id}`, "insecure-skip-tls-verify": true } }],
      users: [{ name: `clusterUser_${clusterName}`, user: { token: c.token } }],
      contexts: [{ name: clusterName, context: { cluster: clusterName, user: `clusterUser_${clusterName}` } }],
      "current-context": clusterName,
    };
    return JSON.stringify(config, null, 2);
  }

  private newNamespace(c: KubeClusterState, name: string): KubeJson {
    return {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name, uid: randomUUID(), resourceVersion: String(++c.resourceVersion), creationTimestamp: new Date().toISOString() },
      spec: { finalizers: ["kubernetes"] },
      status: { phase: "Active" },
    };
  }

  // ---------------- faults ----------------
  addFault(rule: KubeFaultRule): KubeFaultWithState {
    const f = { ...rule, id: rule.id ?? randomUUID(), fired: 0 } as KubeFaultWithState;
    this.faults.push(f);
    return f;
  }

  private takeFault(pred: (f: KubeFaultWithState) => boolean): KubeFaultWithState | undefined {
    const f = this.faults.find((x) => (x.times === undefined || x.fired < x.times) && pred(x));
    if (f) f.fired++;
    return f;
  }

  // ---------------- operator loop ----------------
  private schedule(clusterId: string, key: string, delayMs: number): void {
    const timerKey = `${clusterId}/${key}`;
    const old = this.timers.get(timerKey);
    if (old) clearTimeout(old);
    const t = setTimeout(() => {
      this.timers.delete(timerKey);
      this.reconcile(clusterId, key);
    }, Math.max(0, delayMs));
    t.unref();
    this.timers.set(timerKey, t);
  }

  private changed(clusterId: string, c: KubeClusterState, key: string): void {
    c.settleAt[key] = Date.now() + this.operatorMs;
    this.schedule(clusterId, key, this.operatorMs);
  }

  private reconcile(clusterId: string, key: string): void {
    const c = this.clusters.get(clusterId);
    if (!c) return;
    delete c.settleAt[key];
    const app = c.apps[key];
    if (!app) return;
    if (app.metadata.deletionTimestamp) {
      delete c.apps[key];
    } else {
      const [namespace, name] = key.split("/");
      const fault = this.takeFault((f) => f.kind === "operatorFailure" && (!f.name || f.name === name) && (!f.namespace || f.namespace === namespace));
      settle(app, fault);
      app.metadata.resourceVersion = String(++c.resourceVersion);
    }
    this.markDirty();
  }

  // ---------------- HTTP ----------------
  /** Handles `/kubernetes/{clusterId}/...`; `segs` starts after "kubernetes". */
  handle(method: string, segs: string[], headers: Record<string, string | string[] | undefined>, rawBody: string): KubeReply {
    try {
      const [clusterId, ...rest] = segs;
      const c = clusterId ? this.clusters.get(clusterId) : undefined;
      if (!c || !this.clusterExists(c.armKey)) {
        if (c) this.clusters.delete(clusterId);
        throw new KubeError(404, "NotFound", "No Kubernetes cluster is served at this address (its managed cluster does not exist).");
      }
      if (headers.authorization !== `Bearer ${c.token}`) throw new KubeError(401, "Unauthorized", "Unauthorized");
      const p = "/" + rest.join("/");
      const fault = this.takeFault((f) => f.kind === "apiError" && (!f.method || f.method.toUpperCase() === method) && (!f.pathContains || p.toLowerCase().includes(f.pathContains.toLowerCase())));
      if (fault && fault.kind === "apiError") throw new KubeError(fault.status ?? 500, fault.status === 429 ? "TooManyRequests" : "InternalError", fault.message ?? "Internal error (injected fault).");
      let body: unknown;
      if (rawBody.trim()) {
        try {
          body = JSON.parse(rawBody);
        } catch {
          throw new KubeError(400, "BadRequest", "The request body is not valid JSON.");
        }
      }
      return this.route(clusterId, c, method, rest, String(headers["content-type"] ?? ""), body);
    } catch (err) {
      if (err instanceof KubeError) return { status: err.code, body: statusBody(err.code, err.reason, err.message) };
      throw err;
    }
  }

  private route(clusterId: string, c: KubeClusterState, method: string, s: string[], contentType: string, body: unknown): KubeReply {
    if (s.length === 1 && s[0] === "version") return { status: 200, body: { major: "1", minor: "33", gitVersion: "v1.33.3" } };
    if (s[0] === "api" && s[1] === "v1" && s[2] === "namespaces") return this.namespaces(c, method, s.slice(3), body);
    if (s[0] === "apis" && s[1] === MENDIX_GROUP && s[2] === MENDIX_VERSION && s[3] === "namespaces" && s[5] === MENDIX_PLURAL && s.length <= 8) {
      return this.apps(clusterId, c, method, s[4], s[6], s[7], contentType, body);
    }
    throw new KubeError(404, "NotFound", "the server could not find the requested resource");
  }

  private namespaces(c: KubeClusterState, method: string, rest: string[], body: unknown): KubeReply {
    if (rest.length === 0) {
      if (method === "GET") return { status: 200, body: { apiVersion: "v1", kind: "NamespaceList", metadata: { resourceVersion: String(c.resourceVersion) }, items: Object.values(c.namespaces) } };
      if (method !== "POST") throw new KubeError(405, "MethodNotAllowed", `${method} is not allowed on namespaces`);
      const name = (body as KubeJson)?.metadata?.name;
      if (typeof name !== "string" || !NAME.test(name) || name.length > 63) throw new KubeError(422, "Invalid", `Namespace "${name}" is invalid: metadata.name: a lowercase RFC 1123 label is required`);
      if (c.namespaces[name]) throw new KubeError(409, "AlreadyExists", `namespaces "${name}" already exists`);
      c.namespaces[name] = this.newNamespace(c, name);
      this.markDirty();
      return { status: 201, body: c.namespaces[name] };
    }
    const ns = c.namespaces[rest[0]];
    if (rest.length > 1 || (method !== "GET" && method !== "DELETE")) throw new KubeError(405, "MethodNotAllowed", `${method} is not allowed here`);
    if (!ns) throw new KubeError(404, "NotFound", `namespaces "${rest[0]}" not found`);
    if (method === "DELETE") throw new KubeError(403, "Forbidden", `namespaces "${rest[0]}" is forbidden: the cluster user may not delete namespaces`);
    return { status: 200, body: ns };
  }

  private apps(clusterId: string, c: KubeClusterState, method: string, namespace: string, name: string | undefined, sub: string | undefined, contentType: string, body: unknown): KubeReply {
    if (!c.namespaces[namespace]) throw new KubeError(404, "NotFound", `namespaces "${namespace}" not found`);
    if (sub !== undefined && sub !== "status") throw new KubeError(404, "NotFound", "the server could not find the requested resource");
    const notFound = () => new KubeError(404, "NotFound", `${MENDIX_PLURAL}.${MENDIX_GROUP} "${name}" not found`);
    if (name === undefined) {
      if (method === "GET") {
        const items = Object.entries(c.apps).filter(([k]) => k.startsWith(`${namespace}/`)).map(([, v]) => v);
        return { status: 200, body: { apiVersion: `${MENDIX_GROUP}/${MENDIX_VERSION}`, kind: `${MENDIX_KIND}List`, metadata: { resourceVersion: String(c.resourceVersion) }, items } };
      }
      if (method !== "POST") throw new KubeError(405, "MethodNotAllowed", `${method} is not allowed on ${MENDIX_PLURAL}`);
      const obj = body as KubeJson;
      const objName = obj?.metadata?.name;
      if (!isObject(obj) || typeof objName !== "string" || !NAME.test(objName) || objName.length > 63) throw new KubeError(422, "Invalid", `${MENDIX_KIND}.${MENDIX_GROUP} "${objName}" is invalid: metadata.name: a lowercase RFC 1123 label is required`);
      if (obj.kind !== MENDIX_KIND) throw new KubeError(400, "BadRequest", `kind must be ${MENDIX_KIND}`);
      validateSpec(obj.spec);
      const key = `${namespace}/${objName}`;
      if (c.apps[key]) throw new KubeError(409, "AlreadyExists", `${MENDIX_PLURAL}.${MENDIX_GROUP} "${objName}" already exists`);
      const app: KubeJson = {
        apiVersion: `${MENDIX_GROUP}/${MENDIX_VERSION}`,
        kind: MENDIX_KIND,
        metadata: { name: objName, namespace, labels: obj.metadata.labels ?? {}, annotations: obj.metadata.annotations ?? {}, uid: randomUUID(), generation: 1, resourceVersion: String(++c.resourceVersion), creationTimestamp: new Date().toISOString() },
        spec: structuredClone(obj.spec),
        status: { phase: "Pending", observedGeneration: 0 },
      };
      beginTransition(app);
      c.apps[key] = app;
      this.changed(clusterId, c, key);
      this.markDirty();
      return { status: 201, body: app };
    }
    const key = `${namespace}/${name}`;
    const app = c.apps[key];
    if (!app) throw notFound();
    switch (method) {
      case "GET":
        return { status: 200, body: app };
      case "DELETE": {
        if (!app.metadata.deletionTimestamp) {
          app.metadata.deletionTimestamp = new Date().toISOString();
          app.metadata.resourceVersion = String(++c.resourceVersion);
          beginTransition(app);
          this.changed(clusterId, c, key);
          this.markDirty();
        }
        return { status: 200, body: app };
      }
      case "PUT":
      case "PATCH": {
        const next: KubeJson = structuredClone(app);
        if (method === "PUT") {
          const obj = body as KubeJson;
          if (!isObject(obj)) throw new KubeError(400, "BadRequest", "The body must be an object.");
          const rv = obj.metadata?.resourceVersion;
          if (rv !== undefined && rv !== app.metadata.resourceVersion)
            throw new KubeError(409, "Conflict", `Operation cannot be fulfilled on ${MENDIX_PLURAL}.${MENDIX_GROUP} "${name}": the object has been modified; please apply your changes to the latest version and try again`);
          if (sub === "status") next.status = structuredClone(obj.status ?? {});
          else {
            next.spec = structuredClone(obj.spec);
            next.metadata.labels = obj.metadata?.labels ?? next.metadata.labels;
            next.metadata.annotations = obj.metadata?.annotations ?? next.metadata.annotations;
          }
        } else if (contentType.includes("merge-patch")) mergePatch(next, body as KubeJson);
        else if (contentType.includes("json-patch")) jsonPatch(next, body);
        else throw new KubeError(415, "UnsupportedMediaType", `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json`);
        if (sub === "status") {
          app.status = next.status;
        } else {
          validateSpec(next.spec);
          if (app.metadata.deletionTimestamp) throw new KubeError(409, "Conflict", `${MENDIX_PLURAL}.${MENDIX_GROUP} "${name}" is being deleted`);
          app.metadata.labels = next.metadata.labels;
          app.metadata.annotations = next.metadata.annotations;
          if (JSON.stringify(next.spec) !== JSON.stringify(app.spec)) {
            app.spec = next.spec;
            app.metadata.generation += 1;
            beginTransition(app);
            this.changed(clusterId, c, key);
          }
        }
        app.metadata.resourceVersion = String(++c.resourceVersion);
        this.markDirty();
        return { status: 200, body: app };
      }
      default:
        throw new KubeError(405, "MethodNotAllowed", `${method} is not allowed on ${MENDIX_PLURAL}`);
    }
  }

  // ---------------- admin (/_emulator/kubernetes/...) ----------------
  admin(method: string, segs: string[], body: any): KubeReply {
    const route = `${method} ${segs.join("/")}`;
    if (route === "GET faults") return { status: 200, body: { faults: this.faults } };
    if (route === "POST faults") {
      const rules: KubeFaultRule[] = Array.isArray(body) ? body : [body];
      return { status: 200, body: { faults: rules.map((r) => this.addFault(r)) } };
    }
    if (route === "DELETE faults") {
      this.faults = [];
      return { status: 200, body: { ok: true } };
    }
    if (route === "POST settings") {
      if (typeof body?.operatorMs === "number") this.operatorMs = Math.max(0, body.operatorMs);
      return { status: 200, body: { operatorMs: this.operatorMs } };
    }
    if (route === "GET apps") {
      const apps = [...this.clusters.values()].flatMap((c) => Object.values(c.apps).map((a) => ({ cluster: c.armKey, ...a })));
      return { status: 200, body: { count: apps.length, apps } };
    }
    return { status: 404, body: { error: { code: "NotFound", message: `No admin route kubernetes/${route}` } } };
  }
}

function validateSpec(spec: unknown): void {
  if (!isObject(spec)) throw new KubeError(422, "Invalid", "spec: Required value");
  const replicas = spec.replicas;
  if (replicas !== undefined && (!Number.isInteger(replicas) || replicas < 0)) throw new KubeError(422, "Invalid", `spec.replicas: Invalid value: ${JSON.stringify(replicas)}: must be a non-negative integer`);
}
