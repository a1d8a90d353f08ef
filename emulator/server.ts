// Local Azure Resource Manager emulator: plain Node http on loopback.
// Same REST paths, ARM error bodies, long-running-operation headers, 404/409/429 rules as Azure.
import http from "node:http";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { ArmHttpError } from "./errors";
import { KubernetesApi } from "./kubernetes";
import { Store, type Json, type Operation, type OpKind, type RoleAssignment, type StoredResource, type SubscriptionState } from "./state";
import {
  ACTIVE_STATES,
  DEFAULT_COMPUTE_SKUS,
  DEFAULT_K8S_VERSIONS,
  DEFAULT_REGIONS,
  REGION_DISPLAY,
  TYPE_SPECS,
  canonicalType,
  specFor,
  stableGuid,
  type PutCtx,
  type ResolvedOptions,
  type TypeSpec,
} from "./resource-types";
import {
  CONTRIBUTOR_ROLE_ID,
  OWNER_ROLE_ID,
  READER_ROLE_ID,
  type EmulatorOptions,
  type EmulatorPublicConfig,
  type FaultRule,
  type FaultRuleWithState,
  type RoleAssignmentSeed,
  type SubscriptionSpec,
} from "./types";

export type { EmulatorOptions } from "./types";

export interface RunningEmulator {
  url: string;
  port: number;
  stateFile: string | null;
  close(): Promise<void>;
}

const GENERIC_SPEC: TypeSpec = { type: "", lro: true, patch: "sync" };
const ALWAYS_REGISTERED = new Set(["microsoft.resources", "microsoft.authorization"]);
const EXTRA_NAMESPACES = [
  "Microsoft.Resources",
  "Microsoft.Authorization",
  "Microsoft.Compute",
  "Microsoft.Insights",
  "Microsoft.AlertsManagement",
  "Microsoft.OperationsManagement",
  "Microsoft.KeyVault",
];
const ROLE_NAMES: Record<string, string> = {
  [OWNER_ROLE_ID]: "Owner",
  [CONTRIBUTOR_ROLE_ID]: "Contributor",
  [READER_ROLE_ID]: "Reader",
  "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9": "User Access Administrator",
};

function normalizeLocation(loc: unknown): string | undefined {
  return typeof loc === "string" ? loc.replace(/\s+/g, "").toLowerCase() : undefined;
}

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function deepMerge(target: Json, patch: Json): Json {
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete target[k];
    else if (isObject(v) && isObject(target[k]) && k !== "tags") deepMerge(target[k], v);
    else target[k] = structuredClone(v);
  }
  return target;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

interface ReqCtx {
  method: string;
  path: string;
  segs: string[];
  lsegs: string[];
  query: URLSearchParams;
  body: Json | undefined;
  rawBody: string;
  baseUrl: string;
  apiVersion: string;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class ArmEmulator {
  readonly opts: ResolvedOptions;
  readonly store: Store;
  private faults: FaultRuleWithState[] = [];
  private counts = new Map<string, number>();
  private total = 0;
  private timers = new Set<NodeJS.Timeout>();
  private seedSubscriptions: SubscriptionSpec[];
  private seedRoleAssignments: RoleAssignmentSeed[];
  private initialFaults: FaultRule[];
  /** The Kubernetes API of the emulated AKS clusters (namespaces, MendixApps, the operator loop). */
  readonly kube: KubernetesApi;

  constructor(options: EmulatorOptions) {
    this.opts = {
      provisionMs: Math.max(0, options.provisionMs ?? 1500),
      postgres: options.postgres ?? null,
      blobEndpoint: options.blobEndpoint ?? null,
      regions: (options.regions ?? DEFAULT_REGIONS).map((r) => normalizeLocation(r)!),
      computeSkus: options.computeSkus ?? DEFAULT_COMPUTE_SKUS,
      kubernetesVersions: options.kubernetesVersions ?? DEFAULT_K8S_VERSIONS,
      tenantId: options.tenantId ?? "00000000-0000-0000-0000-0000000000aa",
      unregisteredProviders: (options.unregisteredProviders ?? []).map((n) => n.toLowerCase()),
    };
    this.store = new Store(options.stateDir === undefined ? ".data/arm-emulator" : options.stateDir, options.persistDelayMs ?? 100);
    this.seedSubscriptions = options.subscriptions ?? [];
    this.seedRoleAssignments = options.roleAssignments ?? [];
    this.initialFaults = options.faults ?? [];
    const stateDir = options.stateDir === undefined ? ".data/arm-emulator" : options.stateDir;
    this.kube = new KubernetesApi(stateDir, options.kubernetesOperatorMs ?? this.opts.provisionMs, (key) => this.touch(key) !== undefined, options.persistDelayMs ?? 100);
  }

  init(): void {
    this.store.load();
    this.kube.load();
    this.seed();
    for (const f of this.initialFaults) this.addFault(f);
    for (const op of this.store.operations.values()) if (op.status === "InProgress") this.scheduleOp(op);
  }

  private seed(): void {
    for (const s of this.seedSubscriptions) this.ensureSubscription(s.subscriptionId, s);
    for (const a of this.seedRoleAssignments) this.addRoleAssignment(a);
  }

  // ---------------- public admin operations ----------------
  reset(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.store.clear();
    this.faults = [];
    this.counts.clear();
    this.total = 0;
    this.kube.reset();
    this.seed();
  }

  addFault(rule: FaultRule): FaultRuleWithState {
    const f = { ...rule, id: rule.id ?? randomUUID(), fired: 0 } as FaultRuleWithState;
    this.faults.push(f);
    return f;
  }

  clearFaults(id?: string): void {
    this.faults = id ? this.faults.filter((f) => f.id !== id) : [];
  }

  listFaults(): FaultRuleWithState[] {
    return this.faults;
  }

  requestCounts(): { total: number; counts: Record<string, number> } {
    return { total: this.total, counts: Object.fromEntries(this.counts) };
  }

  resetRequestCounts(): void {
    this.counts.clear();
    this.total = 0;
  }

  publicConfig(): EmulatorPublicConfig {
    return {
      provisionMs: this.opts.provisionMs,
      postgres: this.opts.postgres,
      blobEndpoint: this.opts.blobEndpoint,
      regions: this.opts.regions,
      kubernetesVersions: this.opts.kubernetesVersions,
      tenantId: this.opts.tenantId,
      stateFile: this.store.stateFile,
    };
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await this.kube.close();
    await this.store.close();
  }

  // ---------------- subscriptions & providers ----------------
  ensureSubscription(id: string, spec?: Partial<SubscriptionSpec>): SubscriptionState {
    const key = id.toLowerCase();
    let s = this.store.subscriptions.get(key);
    if (!s) {
      s = {
        subscriptionId: id,
        displayName: spec?.displayName ?? `Emulated subscription ${id.slice(0, 8)}`,
        state: spec?.state ?? "Enabled",
        tenantId: spec?.tenantId ?? this.opts.tenantId,
        providers: {},
      };
      this.store.subscriptions.set(key, s);
      this.store.markDirty();
    } else if (spec) {
      if (spec.displayName) s.displayName = spec.displayName;
      if (spec.state) s.state = spec.state;
      if (spec.tenantId) s.tenantId = spec.tenantId;
      this.store.markDirty();
    }
    return s;
  }

  private namespaces(): string[] {
    const set = new Map<string, string>();
    for (const n of [...TYPE_SPECS.map((t) => t.type.split("/")[0]), ...EXTRA_NAMESPACES]) set.set(n.toLowerCase(), n);
    return [...set.values()];
  }

  providerState(sub: SubscriptionState, ns: string): string {
    const lower = ns.toLowerCase();
    if (ALWAYS_REGISTERED.has(lower)) return "Registered";
    const p = sub.providers[lower];
    if (p) {
      if (p.state === "Registering" && p.registeredAt !== undefined && Date.now() >= p.registeredAt) {
        p.state = "Registered";
        this.store.markDirty();
      }
      return p.state;
    }
    return this.opts.unregisteredProviders.includes(lower) ? "NotRegistered" : "Registered";
  }

  setProviderState(subscriptionId: string | undefined, ns: string, state: string): void {
    const subs = subscriptionId ? [this.ensureSubscription(subscriptionId)] : [...this.store.subscriptions.values()];
    for (const s of subs) s.providers[ns.toLowerCase()] = { state };
    if (!subscriptionId) {
      const lower = ns.toLowerCase();
      this.opts.unregisteredProviders = this.opts.unregisteredProviders.filter((n) => n !== lower);
      if (state === "NotRegistered") this.opts.unregisteredProviders.push(lower);
    }
    this.store.markDirty();
  }

  private providerView(sub: SubscriptionState, ns: string): Json {
    const lower = ns.toLowerCase();
    const locations = this.opts.regions.map((r) => REGION_DISPLAY[r] ?? r);
    return {
      id: `/subscriptions/${sub.subscriptionId}/providers/${ns}`,
      namespace: ns,
      registrationState: this.providerState(sub, ns),
      registrationPolicy: "RegistrationRequired",
      resourceTypes: TYPE_SPECS.filter((t) => t.type.toLowerCase().startsWith(lower + "/")).map((t) => ({
        resourceType: t.type.slice(ns.length + 1),
        locations,
        apiVersions: ["2025-01-01"],
      })),
    };
  }

  // ---------------- role assignments ----------------
  addRoleAssignment(seed: RoleAssignmentSeed): RoleAssignment {
    const scope = seed.scope.replace(/\/$/, "");
    const sub = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1] ?? "00000000-0000-0000-0000-000000000000";
    const roleDefinitionId = seed.roleDefinitionId.includes("/")
      ? seed.roleDefinitionId
      : `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${seed.roleDefinitionId}`;
    const name = seed.name ?? stableGuid(`${scope}|${seed.principalId}|${roleDefinitionId}`.toLowerCase());
    const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
    const now = new Date().toISOString();
    const a: RoleAssignment = {
      id,
      name,
      type: "Microsoft.Authorization/roleAssignments",
      properties: {
        roleDefinitionId,
        principalId: seed.principalId,
        principalType: seed.principalType ?? "User",
        scope,
        createdOn: now,
        updatedOn: now,
      },
    };
    this.store.roleAssignments.set(id.toLowerCase(), a);
    this.store.markDirty();
    return a;
  }

  // ---------------- faults ----------------
  private takeFault<K extends FaultRule["kind"]>(
    kind: K,
    pred: (f: Extract<FaultRuleWithState, { kind: K }>) => boolean,
  ): Extract<FaultRuleWithState, { kind: K }> | undefined {
    for (const f of this.faults) {
      if (f.kind !== kind) continue;
      if (f.times !== undefined && f.fired >= f.times) continue;
      const ff = f as Extract<FaultRuleWithState, { kind: K }>;
      if (!pred(ff)) continue;
      ff.fired++;
      return ff;
    }
    return undefined;
  }

  private matchesRequest(f: { method?: string; resourceType?: string; pathContains?: string }, method: string, type: string, path: string): boolean {
    if (f.method && f.method.toUpperCase() !== method) return false;
    if (f.resourceType && f.resourceType.toLowerCase() !== type.toLowerCase()) return false;
    if (f.pathContains && !path.toLowerCase().includes(f.pathContains.toLowerCase())) return false;
    return true;
  }

  // ---------------- operations ----------------
  private scheduleOp(op: Operation): void {
    const delay = Math.max(0, op.finishAt - Date.now());
    const t = setTimeout(() => {
      this.timers.delete(t);
      this.settleOp(op, true);
    }, delay);
    t.unref();
    this.timers.add(t);
  }

  private startOp(kind: OpKind, r: StoredResource, extraKeys: string[], fingerprint?: string): Operation {
    const ns = r.type.split("/")[0];
    const segs = r.id.split("/");
    const subscriptionId = segs[2];
    const failRule = this.takeFault(
      "provisioningFailure",
      (f) =>
        f.resourceType.toLowerCase() === r.type.toLowerCase() &&
        (!f.name || f.name.toLowerCase() === r.name.toLowerCase()) &&
        (f.operations ?? ["create", "update"]).includes(kind),
    );
    const now = Date.now();
    const op: Operation = {
      id: randomUUID(),
      kind,
      resourceKey: r.key,
      extraKeys,
      status: "InProgress",
      startTime: new Date(now).toISOString(),
      finishAt: now + this.opts.provisionMs,
      durationMs: this.opts.provisionMs,
      failWith: failRule
        ? {
            code: failRule.code ?? "InternalServerError",
            message: failRule.message ?? `Provisioning of resource '${r.name}' failed (injected fault).`,
          }
        : undefined,
      requestFingerprint: fingerprint,
      subscriptionId,
      namespace: ns,
      location: normalizeLocation(r.body.location) ?? "global",
      resourceType: r.type,
      resourceName: r.name,
    };
    this.store.operations.set(op.id, op);
    const state = kind === "delete" ? "Deleting" : kind === "create" ? "Accepted" : "Updating";
    for (const k of [r.key, ...extraKeys]) {
      const x = this.store.get(k);
      if (!x) continue;
      x.opId = op.id;
      if (x.type !== "Microsoft.Resources/resourceGroups" || kind === "delete") {
        setProvisioningState(x, state);
      }
    }
    this.store.markDirty();
    if (op.durationMs <= 0) this.settleOp(op, true);
    else this.scheduleOp(op);
    return op;
  }

  /** Completes an operation when its time has come (or when forced by its timer). */
  settleOp(op: Operation, force = false): void {
    if (op.status !== "InProgress") return;
    const now = Date.now();
    if (!force && now < op.finishAt) {
      // Accepted -> Creating after the first quarter of the duration.
      if (op.kind === "create" && now - Date.parse(op.startTime) >= op.durationMs / 4) {
        const r = this.store.get(op.resourceKey);
        if (r?.opId === op.id && r.body.properties?.provisioningState === "Accepted") setProvisioningState(r, "Creating");
      }
      return;
    }
    op.endTime = new Date(now).toISOString();
    if (op.failWith) {
      op.status = "Failed";
      op.error = op.failWith;
      for (const k of [op.resourceKey, ...op.extraKeys]) {
        const x = this.store.get(k);
        if (x && x.opId === op.id) {
          x.opId = undefined;
          setProvisioningState(x, "Failed");
        }
      }
    } else if (op.kind === "delete") {
      op.status = "Succeeded";
      this.deleteTree(op.resourceKey);
    } else {
      const r = this.store.get(op.resourceKey);
      op.status = r ? "Succeeded" : "Canceled";
      for (const k of [op.resourceKey, ...op.extraKeys]) {
        const x = this.store.get(k);
        if (x && x.opId === op.id) {
          x.opId = undefined;
          setProvisioningState(x, "Succeeded");
        }
      }
    }
    this.store.markDirty();
  }

  /** Deletes a resource (or resource group) with everything inside; managed applications take their managed RG along. */
  private deleteTree(key: string): void {
    const victims = [this.store.get(key), ...this.store.listUnder(key)];
    for (const v of victims) {
      if (v && v.type === "Microsoft.Solutions/applications") {
        const mrg = v.body.properties?.managedResourceGroupId;
        if (typeof mrg === "string" && mrg.toLowerCase() !== key) this.deleteTree(mrg.toLowerCase());
      }
    }
    this.store.removeTree(key);
  }

  /** Brings a resource's in-flight operation up to date; returns the resource if it still exists. */
  touch(key: string): StoredResource | undefined {
    const r = this.store.get(key);
    if (r?.opId) {
      const op = this.store.operations.get(r.opId);
      if (!op) r.opId = undefined;
      else this.settleOp(op);
    }
    return this.store.get(key);
  }

  private inFlight(r: StoredResource): Operation | undefined {
    if (!r.opId) return undefined;
    const op = this.store.operations.get(r.opId);
    return op && op.status === "InProgress" ? op : undefined;
  }

  private lroHeaders(ctx: ReqCtx, op: Operation): Record<string, string> {
    const base = `${ctx.baseUrl}/subscriptions/${op.subscriptionId}/providers/${op.namespace}/locations/${op.location}`;
    const q = `?api-version=${encodeURIComponent(ctx.apiVersion)}`;
    return {
      "Azure-AsyncOperation": `${base}/operationStatuses/${op.id}${q}`,
      Location: `${base}/operationResults/${op.id}${q}`,
    };
  }

  private view(r: StoredResource): Json {
    const spec = specFor(r.type);
    const body = spec?.view ? spec.view(this.store, r) : structuredClone(r.body);
    return body;
  }

  // ---------------- HTTP ----------------
  classify(segsOrig: string[]): string {
    const lsegs = segsOrig.map((s) => s.toLowerCase());
    const n = lsegs.length;
    if (n === 0) return "root";
    if (lsegs[0] !== "subscriptions") return "other";
    const pi = lsegs.indexOf("providers");
    if (pi >= 0 && lsegs[pi + 1] === "microsoft.authorization") {
      return lsegs[pi + 2] === "roledefinitions" ? "Microsoft.Authorization/roleDefinitions" : "Microsoft.Authorization/roleAssignments";
    }
    if (n <= 2) return "subscriptions";
    if (lsegs[2] === "locations") return "locations";
    if (lsegs[2] === "resources") return "resources";
    if (lsegs[2] === "providers") {
      if (n <= 4 || lsegs[4] === "register" || lsegs[4] === "unregister") return "providers";
      if (lsegs[4] === "locations" && (lsegs[6] === "operationstatuses" || lsegs[6] === "operationresults"))
        return lsegs[6] === "operationstatuses" ? "operationStatuses" : "operationResults";
      if (lsegs[3] === "microsoft.compute" && lsegs[4] === "skus") return "Microsoft.Compute/skus";
      return canonicalType(`${segsOrig[3]}/${segsOrig[4]}`);
    }
    if (lsegs[2] === "resourcegroups") {
      if (n <= 4) return "Microsoft.Resources/resourceGroups";
      if (lsegs[4] === "resources") return "resources";
      if (lsegs[4] === "providers" && n >= 7) {
        const parts = [segsOrig[5]];
        for (let i = 6; i < n; i += 2) parts.push(segsOrig[i]);
        return canonicalType(parts.join("/"));
      }
    }
    return "other";
  }

  async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const correlationId = (req.headers["x-ms-correlation-request-id"] as string | undefined) ?? randomUUID();
    const clientRequestId = req.headers["x-ms-client-request-id"] as string | undefined;
    const send = (reply: Reply) => {
      const headers: Record<string, string> = {
        "x-ms-request-id": requestId,
        "x-ms-correlation-request-id": correlationId,
        ...(clientRequestId ? { "x-ms-client-request-id": clientRequestId } : {}),
        ...(reply.headers ?? {}),
      };
      let payload = "";
      if (reply.body !== undefined && reply.status !== 204 && req.method !== "HEAD") {
        payload = JSON.stringify(reply.body);
        headers["Content-Type"] = "application/json; charset=utf-8";
      }
      headers["Content-Length"] = String(Buffer.byteLength(payload));
      res.writeHead(reply.status, headers);
      res.end(payload);
    };
    try {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const rawBody = Buffer.concat(chunks).toString("utf8");
      // Collapse "//" (generic-resource calls send "/{resourceId}" with a leading-slash id).
      const url = new URL((req.url ?? "/").replace(/^\/{2,}/, "/"), "http://localhost");
      const method = (req.method ?? "GET").toUpperCase();
      const segs = url.pathname.split("/").filter(Boolean).map((s) => decodeURIComponent(s));
      if (segs[0] === "_emulator") {
        send(segs[1] === "kubernetes" ? this.kube.admin(method, segs.slice(2), rawBody.trim() ? JSON.parse(rawBody) : undefined) : await this.admin(method, segs.slice(1), url.searchParams, rawBody));
        return;
      }
      if (segs[0] === "kubernetes") {
        send(this.kube.handle(method, segs.slice(1), req.headers, rawBody));
        return;
      }
      const lsegs = segs.map((s) => s.toLowerCase());
      const type = this.classify(segs);
      this.total++;
      const ck = `${method} ${type}`;
      this.counts.set(ck, (this.counts.get(ck) ?? 0) + 1);

      const auth = req.headers.authorization;
      if (!auth) throw new ArmHttpError(401, "AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing.");
      if (!/^Bearer\s+\S+/i.test(auth))
        throw new ArmHttpError(401, "InvalidAuthenticationToken", "The access token is invalid. The 'Authorization' header must use the Bearer scheme.");

      // request-level faults
      for (const f of this.faults) {
        if (f.kind !== "latency" || (f.times !== undefined && f.fired >= f.times)) continue;
        if (!this.matchesRequest(f, method, type, url.pathname)) continue;
        f.fired++;
        await sleep(f.ms);
      }
      const throttle = this.takeFault("throttle", (f) => this.matchesRequest(f, method, type, url.pathname));
      if (throttle) {
        const headers: Record<string, string> = {};
        if (throttle.retryAfterMs !== undefined) {
          headers["retry-after-ms"] = String(throttle.retryAfterMs);
          headers["Retry-After"] = String(Math.ceil(throttle.retryAfterMs / 1000));
        } else if (throttle.retryAfterSeconds !== undefined) headers["Retry-After"] = String(throttle.retryAfterSeconds);
        throw new ArmHttpError(
          429,
          "TooManyRequests",
          "The request is being throttled as the limit has been reached for operation type - Write_ObservationWindow_00:01:00. For more information, see - https://aka.ms/srpthrottlinglimits",
          headers,
        );
      }
      const se = this.takeFault("serverError", (f) => this.matchesRequest(f, method, type, url.pathname));
      if (se) {
        const status = se.status ?? 500;
        throw new ArmHttpError(
          status,
          se.code ?? (status === 503 ? "ServiceUnavailable" : "InternalServerError"),
          se.message ?? `Encountered internal server error. Diagnostic information: timestamp '${new Date().toISOString()}' (injected fault).`,
        );
      }

      const apiVersion = url.searchParams.get("api-version");
      if (!apiVersion)
        throw new ArmHttpError(
          400,
          "MissingApiVersionParameter",
          "The api-version query parameter (?api-version=) is required for all requests.",
        );
      let body: Json | undefined;
      if (rawBody.trim()) {
        try {
          body = JSON.parse(rawBody);
        } catch {
          throw new ArmHttpError(400, "InvalidRequestContent", "The request content was invalid and could not be deserialized.");
        }
      }
      const ctx: ReqCtx = {
        method,
        path: url.pathname,
        segs,
        lsegs,
        query: url.searchParams,
        body,
        rawBody,
        baseUrl: `http://${req.headers.host ?? "127.0.0.1"}`,
        apiVersion,
      };
      send(this.route(ctx));
    } catch (err) {
      if (err instanceof ArmHttpError) {
        send({ status: err.status, body: { error: { code: err.code, message: err.message } }, headers: err.headers });
      } else {
        console.error("[arm-emulator] internal error:", err);
        send({ status: 500, body: { error: { code: "InternalServerError", message: String((err as Error)?.message ?? err) } } });
      }
    }
  }

  private route(ctx: ReqCtx): Reply {
    const { lsegs, segs, method } = ctx;
    const n = lsegs.length;
    if (lsegs[0] !== "subscriptions") throw notFoundPath(ctx);
    if (n === 1) {
      if (method !== "GET") throw methodNotAllowed(ctx);
      return { status: 200, body: { value: [...this.store.subscriptions.values()].map((s) => this.subView(s)) } };
    }
    const sub = this.ensureSubscription(segs[1]);
    if (method !== "GET" && method !== "HEAD" && sub.state !== "Enabled" && sub.state !== "Warned")
      throw new ArmHttpError(
        409,
        "ReadOnlyDisabledSubscription",
        `The subscription '${sub.subscriptionId}' is disabled and therefore marked as read only. You cannot perform any write actions on this subscription until it is re-enabled.`,
      );
    const pi = lsegs.indexOf("providers");
    if (pi >= 0 && lsegs[pi + 1] === "microsoft.authorization") return this.authorization(ctx, sub, pi);
    if (n === 2) return { status: 200, body: this.subView(sub) };
    if (lsegs[2] === "locations" && n === 3) return { status: 200, body: { value: this.locations(sub) } };
    if (lsegs[2] === "resources" && n === 3) {
      const prefix = `/subscriptions/${sub.subscriptionId.toLowerCase()}`;
      const list = this.filterByResourceType(
        this.store.listUnder(prefix).filter((r) => r.type !== "Microsoft.Resources/resourceGroups" && !r.type.includes("/", r.type.indexOf("/") + 1)),
        ctx,
      );
      return { status: 200, body: { value: list.map((r) => this.genericView(r)) } };
    }
    if (lsegs[2] === "providers") return this.subscriptionProviders(ctx, sub);
    if (lsegs[2] === "resourcegroups") return this.resourceGroups(ctx, sub);
    throw notFoundPath(ctx);
  }

  private subView(s: SubscriptionState): Json {
    return {
      id: `/subscriptions/${s.subscriptionId}`,
      subscriptionId: s.subscriptionId,
      tenantId: s.tenantId,
      displayName: s.displayName,
      state: s.state,
      authorizationSource: "RoleBased",
      subscriptionPolicies: { locationPlacementId: "Public_2014-09-01", quotaId: "PayAsYouGo_2014-09-01", spendingLimit: "Off" },
    };
  }

  private locations(sub: SubscriptionState): Json[] {
    return this.opts.regions.map((r) => ({
      id: `/subscriptions/${sub.subscriptionId}/locations/${r}`,
      name: r,
      type: "Region",
      displayName: REGION_DISPLAY[r] ?? r,
      regionalDisplayName: REGION_DISPLAY[r] ?? r,
      metadata: { regionType: "Physical", regionCategory: "Recommended" },
    }));
  }

  private filterByResourceType(list: StoredResource[], ctx: ReqCtx): StoredResource[] {
    const filter = ctx.query.get("$filter");
    const m = filter ? /resourceType\s+eq\s+'([^']+)'/i.exec(filter) : null;
    return m ? list.filter((r) => r.type.toLowerCase() === m[1].toLowerCase()) : list;
  }

  private genericView(r: StoredResource): Json {
    const b = r.body;
    const out: Json = { id: r.id, name: r.name, type: r.type };
    for (const k of ["location", "tags", "sku", "kind", "identity", "managedBy", "plan"]) if (b[k] !== undefined) out[k] = structuredClone(b[k]);
    return out;
  }

  // ---------- /subscriptions/{s}/providers/... ----------
  private subscriptionProviders(ctx: ReqCtx, sub: SubscriptionState): Reply {
    const { lsegs, segs, method } = ctx;
    const n = lsegs.length;
    if (n === 3) {
      if (method !== "GET") throw methodNotAllowed(ctx);
      return { status: 200, body: { value: this.namespaces().map((ns) => this.providerView(sub, ns)) } };
    }
    const ns = this.namespaces().find((x) => x.toLowerCase() === lsegs[3]);
    if (n === 4 || (n === 5 && (lsegs[4] === "register" || lsegs[4] === "unregister"))) {
      if (!ns)
        throw new ArmHttpError(404, "InvalidResourceNamespace", `The resource namespace '${segs[3]}' is invalid.`);
      if (n === 4) {
        if (method !== "GET") throw methodNotAllowed(ctx);
        return { status: 200, body: this.providerView(sub, ns) };
      }
      if (method !== "POST") throw methodNotAllowed(ctx);
      const lower = ns.toLowerCase();
      if (lsegs[4] === "register") {
        if (this.providerState(sub, ns) !== "Registered") {
          sub.providers[lower] =
            this.opts.provisionMs > 0
              ? { state: "Registering", registeredAt: Date.now() + this.opts.provisionMs }
              : { state: "Registered" };
        }
      } else {
        sub.providers[lower] = { state: "Unregistered" };
      }
      this.store.markDirty();
      return { status: 200, body: this.providerView(sub, ns) };
    }
    if (n === 8 && lsegs[4] === "locations" && (lsegs[6] === "operationstatuses" || lsegs[6] === "operationresults")) {
      if (method !== "GET") throw methodNotAllowed(ctx);
      return this.operationStatus(ctx, segs[7], lsegs[6] === "operationresults");
    }
    if (n === 5 && lsegs[3] === "microsoft.compute" && lsegs[4] === "skus") {
      if (method !== "GET") throw methodNotAllowed(ctx);
      return { status: 200, body: { value: this.computeSkus(ctx) } };
    }
    if (n === 5) {
      // list by subscription: /subscriptions/{s}/providers/{ns}/{type}
      if (method !== "GET") throw methodNotAllowed(ctx);
      const type = canonicalType(`${segs[3]}/${segs[4]}`);
      const prefix = `/subscriptions/${sub.subscriptionId.toLowerCase()}/`;
      const list = this.store.listByType(type).filter((r) => r.key.startsWith(prefix));
      return { status: 200, body: { value: list.map((r) => this.view(this.touch(r.key) ?? r)) } };
    }
    throw notFoundPath(ctx);
  }

  private operationStatus(ctx: ReqCtx, opId: string, results: boolean): Reply {
    const op = this.store.operations.get(opId);
    if (!op) throw new ArmHttpError(404, "OperationNotFound", `The operation '${opId}' could not be found.`);
    this.settleOp(op);
    if (!results) {
      const body: Json = {
        id: ctx.path,
        name: op.id,
        status: op.status,
        startTime: op.startTime,
      };
      if (op.endTime) body.endTime = op.endTime;
      body.percentComplete = op.status === "InProgress" ? Math.min(99, Math.floor(((Date.now() - Date.parse(op.startTime)) / Math.max(1, op.durationMs)) * 100)) : 100;
      if (op.error) body.error = op.error;
      return { status: 200, body };
    }
    if (op.status === "InProgress") return { status: 202, headers: { Location: `${ctx.baseUrl}${ctx.path}?api-version=${encodeURIComponent(ctx.apiVersion)}` } };
    if (op.status === "Failed") return { status: 400, body: { error: op.error } };
    if (op.kind === "delete") return { status: 204 };
    const r = this.touch(op.resourceKey);
    return r ? { status: 200, body: this.view(r) } : { status: 204 };
  }

  private computeSkus(ctx: ReqCtx): Json[] {
    const filter = ctx.query.get("$filter");
    const m = filter ? /location\s+eq\s+'([^']+)'/i.exec(filter) : null;
    const loc = m ? normalizeLocation(m[1])! : undefined;
    const out: Json[] = [];
    for (const s of this.opts.computeSkus) {
      const offered = (s.locations ?? this.opts.regions).map((l) => normalizeLocation(l)!);
      const locs = loc ? (offered.includes(loc) ? [loc] : []) : offered;
      if (!locs.length) continue;
      const restricted = (s.restrictedLocations ?? []).map((l) => normalizeLocation(l)!).filter((l) => locs.includes(l));
      const size = s.name.replace(/^Standard_/, "");
      out.push({
        resourceType: "virtualMachines",
        name: s.name,
        tier: "Standard",
        size,
        family: s.family,
        locations: locs,
        locationInfo: locs.map((l) => ({ location: l, zones: ["1", "2", "3"], zoneDetails: [] })),
        capabilities: [
          { name: "vCPUs", value: String(s.vCPUs) },
          { name: "MemoryGB", value: String(s.memoryGB) },
          { name: "PremiumIO", value: "True" },
          { name: "HyperVGenerations", value: "V1,V2" },
        ],
        restrictions: restricted.map((l) => ({
          type: "Location",
          values: [l],
          restrictionInfo: { locations: [l] },
          reasonCode: "NotAvailableForSubscription",
        })),
      });
    }
    return out;
  }

  // ---------- role assignments / definitions ----------
  private authorization(ctx: ReqCtx, sub: SubscriptionState, pi: number): Reply {
    const { segs, lsegs, method } = ctx;
    const scope = "/" + segs.slice(0, pi).join("/");
    const scopeLower = scope.toLowerCase();
    const kind = lsegs[pi + 2];
    const name = segs[pi + 3];
    if (kind === "roledefinitions") {
      if (method !== "GET") throw methodNotAllowed(ctx);
      const def = (guid: string) => ({
        id: `/subscriptions/${sub.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${guid}`,
        name: guid,
        type: "Microsoft.Authorization/roleDefinitions",
        properties: {
          roleName: ROLE_NAMES[guid],
          type: "BuiltInRole",
          description: `${ROLE_NAMES[guid]} (emulated)`,
          assignableScopes: ["/"],
          permissions: [{ actions: guid === READER_ROLE_ID ? ["*/read"] : ["*"], notActions: [], dataActions: [], notDataActions: [] }],
        },
      });
      if (name) {
        const guid = name.toLowerCase();
        if (!ROLE_NAMES[guid]) throw new ArmHttpError(404, "RoleDefinitionDoesNotExist", `The specified role definition with ID '${name}' does not exist.`);
        return { status: 200, body: def(guid) };
      }
      const f = ctx.query.get("$filter");
      const rn = f ? /roleName\s+eq\s+'([^']+)'/i.exec(f)?.[1] : undefined;
      return {
        status: 200,
        body: { value: Object.keys(ROLE_NAMES).filter((g) => !rn || ROLE_NAMES[g].toLowerCase() === rn.toLowerCase()).map(def) },
      };
    }
    if (kind !== "roleassignments") throw notFoundPath(ctx);
    if (!name) {
      if (method !== "GET") throw methodNotAllowed(ctx);
      const f = ctx.query.get("$filter") ?? "";
      const principal = /(?:principalId\s+eq\s+|assignedTo\()'([^']+)'/i.exec(f)?.[1]?.toLowerCase();
      const atScope = /atScope\(\)/i.test(f);
      const list = [...this.store.roleAssignments.values()].filter((a) => {
        const s = a.properties.scope.toLowerCase();
        const aboveOrAt = s === scopeLower || scopeLower.startsWith(s === "/" ? "/" : s + "/");
        const below = s.startsWith(scopeLower + "/");
        if (!(aboveOrAt || (!atScope && below))) return false;
        return !principal || a.properties.principalId.toLowerCase() === principal;
      });
      return { status: 200, body: { value: list } };
    }
    const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
    const key = id.toLowerCase();
    const existing = this.store.roleAssignments.get(key);
    if (method === "GET") {
      if (!existing) throw new ArmHttpError(404, "RoleAssignmentNotFound", `The role assignment '${name}' is not found.`);
      return { status: 200, body: existing };
    }
    if (method === "DELETE") {
      if (!existing) return { status: 204 };
      this.store.roleAssignments.delete(key);
      this.store.markDirty();
      return { status: 200, body: existing };
    }
    if (method === "PUT") {
      const p = ctx.body?.properties;
      if (!p?.roleDefinitionId || !p?.principalId)
        throw new ArmHttpError(400, "InvalidRequestContent", "properties.roleDefinitionId and properties.principalId are required.");
      if (existing) {
        if (existing.properties.principalId.toLowerCase() === String(p.principalId).toLowerCase() && existing.properties.roleDefinitionId.toLowerCase() === String(p.roleDefinitionId).toLowerCase())
          return { status: 200, body: existing };
        throw new ArmHttpError(409, "RoleAssignmentUpdateNotPermitted", "Tenant ID, application ID, principal ID, and scope are not allowed to be updated.");
      }
      const dup = [...this.store.roleAssignments.values()].find(
        (a) =>
          a.properties.scope.toLowerCase() === scopeLower &&
          a.properties.principalId.toLowerCase() === String(p.principalId).toLowerCase() &&
          a.properties.roleDefinitionId.toLowerCase().endsWith(String(p.roleDefinitionId).toLowerCase().split("/").pop()!),
      );
      if (dup) throw new ArmHttpError(409, "RoleAssignmentExists", "The role assignment already exists.");
      const a = this.addRoleAssignment({ scope, name, principalId: p.principalId, roleDefinitionId: p.roleDefinitionId, principalType: p.principalType });
      return { status: 201, body: a };
    }
    throw methodNotAllowed(ctx);
  }

  // ---------- resource groups and resources ----------
  private rgNotFound(rg: string): ArmHttpError {
    return new ArmHttpError(404, "ResourceGroupNotFound", `Resource group '${rg}' could not be found.`);
  }

  private resourceGroups(ctx: ReqCtx, sub: SubscriptionState): Reply {
    const { lsegs, segs, method } = ctx;
    const n = lsegs.length;
    const subId = sub.subscriptionId;
    if (n === 3) {
      if (method !== "GET") throw methodNotAllowed(ctx);
      const list = this.store.listCollection(`/subscriptions/${subId.toLowerCase()}/resourcegroups`).map((r) => this.touch(r.key)).filter(Boolean) as StoredResource[];
      return { status: 200, body: { value: list.map((r) => structuredClone(r.body)) } };
    }
    const rgName = segs[3];
    const rgKey = `/subscriptions/${subId.toLowerCase()}/resourcegroups/${rgName.toLowerCase()}`;
    if (n === 4) return this.resourceGroup(ctx, sub, rgName, rgKey);
    const rg = this.touch(rgKey);
    if (n === 5 && lsegs[4] === "resources") {
      if (!rg) throw this.rgNotFound(rgName);
      const list = this.filterByResourceType(
        this.store.listUnder(rgKey).filter((r) => r.type.split("/").length === 2),
        ctx,
      );
      return { status: 200, body: { value: list.map((r) => this.genericView(r)) } };
    }
    if (lsegs[4] !== "providers" || n < 7) throw notFoundPath(ctx);
    // /subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{t1}[/{n1}/{t2}...]
    const ns = segs[5];
    const typeParts = [ns];
    const names: string[] = [];
    for (let i = 6; i < n; i += 2) {
      typeParts.push(segs[i]);
      if (i + 1 < n) names.push(segs[i + 1]);
    }
    const type = canonicalType(typeParts.join("/"));
    const isCollection = names.length < typeParts.length - 1;
    if (!rg) {
      if (method === "DELETE" && !isCollection) return { status: 204 };
      throw this.rgNotFound(rgName);
    }
    const canonParts = type.split("/");
    let id = `/subscriptions/${subId}/resourceGroups/${rg.name}/providers/${canonParts[0]}`;
    for (let i = 0; i < names.length; i++) id += `/${canonParts[i + 1]}/${names[i]}`;
    const key = rgKey + "/" + lsegs.slice(4).join("/");

    // parent chain
    let parent: StoredResource | undefined;
    if (names.length > 1 || (isCollection && names.length >= 1)) {
      const parentKey = isCollection ? Store.collectionKey(key) : Store.collectionKey(Store.collectionKey(key));
      parent = this.touch(parentKey);
      if (!parent) {
        if (method === "DELETE") return { status: 204 };
        const parentType = canonParts.slice(0, names.length - (isCollection ? 0 : 1) + 1).join("/");
        const parentName = names[names.length - (isCollection ? 1 : 2)];
        if (method === "PUT" || method === "PATCH")
          throw new ArmHttpError(
            404,
            "ParentResourceNotFound",
            `Can not perform requested operation on nested resource. Parent resource '${parentName}' not found.`,
          );
        throw new ArmHttpError(404, "ResourceNotFound", resourceNotFoundMsg(parentType, parentName, rg.name));
      }
    }
    // AKS: the kubeconfig of the cluster user, pointing at the emulator's Kubernetes API.
    if (isCollection && method === "POST" && n === 9 && type.toLowerCase() === "microsoft.containerservice/managedclusters/listclusterusercredential") {
      const aks = parent!;
      if (this.inFlight(aks)?.kind === "create" || aks.body.properties?.provisioningState === "Failed")
        throw new ArmHttpError(409, "OperationNotAllowed", `The managed cluster '${aks.name}' is not in a state that allows listing credentials.`);
      const kubeconfig = this.kube.kubeconfig(aks.key, aks.name, ctx.baseUrl);
      return { status: 200, body: { kubeconfigs: [{ name: "clusterUser", value: Buffer.from(kubeconfig).toString("base64") }] } };
    }
    if (isCollection) {
      if (method !== "GET") throw methodNotAllowed(ctx);
      const list = this.store.listCollection(key).map((r) => this.touch(r.key)).filter(Boolean) as StoredResource[];
      return { status: 200, body: { value: list.map((r) => this.view(r)) } };
    }
    // virtual: AKS upgrade profile
    if (type.toLowerCase() === "microsoft.containerservice/managedclusters/upgradeprofiles") {
      if (method !== "GET") throw methodNotAllowed(ctx);
      return { status: 200, body: this.upgradeProfile(parent!, id) };
    }
    const name = names[names.length - 1];
    switch (method) {
      case "GET":
      case "HEAD": {
        const r = this.touch(key);
        if (!r) throw new ArmHttpError(404, "ResourceNotFound", resourceNotFoundMsg(type, name, rg.name));
        return { status: 200, body: this.view(r) };
      }
      case "PUT":
        return this.putResource(ctx, { sub, rg, rgKey, key, id, name, type, parent });
      case "PATCH":
        return this.patchResource(ctx, { key, type, name, rgName: rg.name });
      case "DELETE":
        return this.deleteResource(ctx, key);
      default:
        throw methodNotAllowed(ctx);
    }
  }

  private upgradeProfile(cluster: StoredResource, id: string): Json {
    const current: string = cluster.body.properties?.currentKubernetesVersion;
    const versions = this.opts.kubernetesVersions;
    const [maj, min] = current.split(".").map(Number);
    const upgrades = versions
      .filter((v) => {
        const [a, b] = v.split(".").map(Number);
        return a === maj && (b === min + 1 || (b === min && v !== current && compareVersions(v, current) > 0));
      })
      .map((v) => ({ kubernetesVersion: v, isPreview: false }));
    const pools = this.store.listCollection(cluster.key + "/agentpools");
    return {
      id,
      name: "default",
      type: "Microsoft.ContainerService/managedClusters/upgradeprofiles",
      properties: {
        controlPlaneProfile: { kubernetesVersion: current, name: null, osType: "Linux", upgrades },
        agentPoolProfiles: pools.map((p) => ({
          kubernetesVersion: p.body.properties?.currentOrchestratorVersion ?? current,
          name: p.name,
          osType: "Linux",
          upgrades,
        })),
      },
    };
  }

  private resourceGroup(ctx: ReqCtx, sub: SubscriptionState, rgName: string, rgKey: string): Reply {
    const { method } = ctx;
    const rg = this.touch(rgKey);
    switch (method) {
      case "GET":
        if (!rg) throw this.rgNotFound(rgName);
        return { status: 200, body: structuredClone(rg.body) };
      case "HEAD":
        return { status: rg ? 204 : 404 };
      case "PUT": {
        const location = normalizeLocation(ctx.body?.location);
        if (!location) throw new ArmHttpError(400, "LocationRequired", "The location property is required for this definition.");
        if (rg && this.inFlight(rg))
          throw new ArmHttpError(409, "ResourceGroupBeingDeleted", `The resource group '${rg.name}' is in deprovisioning state and cannot perform this operation.`);
        if (rg && normalizeLocation(rg.body.location) !== location)
          throw new ArmHttpError(
            409,
            "InvalidResourceGroupLocation",
            `Invalid resource group location '${location}'. The Resource group already exists in location '${rg.body.location}'.`,
          );
        const name = rg?.name ?? rgName;
        const id = `/subscriptions/${sub.subscriptionId}/resourceGroups/${name}`;
        const body: Json = {
          id,
          name,
          type: "Microsoft.Resources/resourceGroups",
          location,
          tags: ctx.body?.tags ?? {},
          properties: { provisioningState: "Succeeded" },
        };
        if (ctx.body?.managedBy ?? rg?.body.managedBy) body.managedBy = ctx.body?.managedBy ?? rg?.body.managedBy;
        this.store.put({ key: rgKey, id, name, type: "Microsoft.Resources/resourceGroups", body, createdAt: rg?.createdAt ?? new Date().toISOString() });
        return { status: rg ? 200 : 201, body: structuredClone(body) };
      }
      case "PATCH": {
        if (!rg) throw this.rgNotFound(rgName);
        if (ctx.body?.tags) rg.body.tags = structuredClone(ctx.body.tags);
        if (ctx.body?.managedBy) rg.body.managedBy = ctx.body.managedBy;
        this.store.put(rg);
        return { status: 200, body: structuredClone(rg.body) };
      }
      case "DELETE": {
        if (!rg) throw this.rgNotFound(rgName);
        const inflight = this.inFlight(rg);
        const op = inflight ?? this.startOp("delete", rg, []);
        return { status: 202, headers: this.lroHeaders(ctx, op) };
      }
      default:
        throw methodNotAllowed(ctx);
    }
  }

  private checkProvider(sub: SubscriptionState, type: string): void {
    const ns = type.split("/")[0];
    const state = this.providerState(sub, ns);
    if (state !== "Registered")
      throw new ArmHttpError(
        409,
        "MissingSubscriptionRegistration",
        `The subscription is not registered to use namespace '${ns}'. See https://aka.ms/rps-not-found for how to register subscriptions.`,
      );
  }

  private putResource(
    ctx: ReqCtx,
    a: { sub: SubscriptionState; rg: StoredResource; rgKey: string; key: string; id: string; name: string; type: string; parent?: StoredResource },
  ): Reply {
    const { sub, rg, key, type, parent } = a;
    if (this.inFlight(rg))
      throw new ArmHttpError(409, "ResourceGroupBeingDeleted", `The resource group '${rg.name}' is in deprovisioning state and cannot perform this operation.`);
    this.checkProvider(sub, type);
    if (!isObject(ctx.body)) throw new ArmHttpError(400, "InvalidRequestContent", "The request content was invalid and could not be deserialized: the body must be a JSON object.");
    if (parent) {
      const pop = this.inFlight(parent);
      if (pop?.kind === "delete")
        throw new ArmHttpError(409, "AnotherOperationInProgress", `Another operation (Delete) is in progress on resource '${parent.name}'. Please retry after it completes.`);
    }
    const spec = specFor(type) ?? { ...GENERIC_SPEC, type };
    const existing = this.touch(key);
    const fingerprint = ctx.rawBody;
    if (existing) {
      const op = this.inFlight(existing);
      if (op) {
        if (op.kind !== "delete" && op.requestFingerprint === fingerprint)
          return { status: op.kind === "create" ? 201 : 200, body: this.view(existing), headers: this.lroHeaders(ctx, op) };
        throw new ArmHttpError(
          409,
          "AnotherOperationInProgress",
          `Another operation (${op.kind === "create" ? "Create" : op.kind === "update" ? "Update" : "Delete"}) is in progress on resource '${existing.name}'. Please retry after it completes.`,
        );
      }
    }
    const isChild = type.split("/").length > 2;
    const body: Json = structuredClone(ctx.body);
    delete body.id;
    delete body.name;
    delete body.type;
    delete body.systemData;
    body.properties = isObject(body.properties) ? body.properties : {};
    delete body.properties.provisioningState;
    if (!isChild) {
      const loc = normalizeLocation(body.location);
      if (spec.needsLocation && !loc) throw new ArmHttpError(400, "LocationRequired", "The location property is required for this definition.");
      if (loc && loc !== "global" && !this.opts.regions.includes(loc))
        throw new ArmHttpError(
          400,
          "LocationNotAvailableForResourceType",
          `The provided location '${body.location}' is not available for resource type '${type}'. List of available regions for the resource type is '${this.opts.regions.join(",")}'.`,
        );
      if (loc) body.location = loc;
      if (existing && existing.body.location && loc && existing.body.location !== loc)
        throw new ArmHttpError(400, "LocationMismatch", `The location '${loc}' does not match the existing location '${existing.body.location}' of resource '${a.name}'.`);
    }
    const full: Json = { id: a.id, name: a.name, type, ...body };
    if (!isChild) full.tags ??= {};
    const now = new Date().toISOString();
    full.systemData = {
      createdAt: existing?.body.systemData?.createdAt ?? now,
      createdBy: "emulator@local",
      createdByType: "User",
      lastModifiedAt: now,
      lastModifiedBy: "emulator@local",
      lastModifiedByType: "User",
    };
    const pctx: PutCtx = {
      opts: this.opts,
      store: this.store,
      subscriptionId: sub.subscriptionId,
      resourceGroup: rg.name,
      rgKey: a.rgKey,
      key,
      id: a.id,
      name: a.name,
      type,
      parent,
      existing,
      upsertChild: (childType, childName, childBody) => {
        const ct = canonicalType(`${type}/${childType}`);
        const ckey = `${key}/${childType.toLowerCase()}/${childName.toLowerCase()}`;
        const cid = `${a.id}/${ct.split("/").pop()}/${childName}`;
        const prev = this.store.get(ckey);
        this.store.put({
          key: ckey,
          id: cid,
          name: childName,
          type: ct,
          createdAt: prev?.createdAt ?? now,
          body: { id: cid, name: childName, type: ct, ...childBody },
        });
        return ckey;
      },
    };
    spec.prepare?.(pctx, full);
    const r: StoredResource = { key, id: a.id, name: a.name, type, body: full, createdAt: existing?.createdAt ?? now };
    this.store.put(r);
    const extra = spec.afterPut?.(pctx, full) ?? [];
    if (spec.lro) {
      const op = this.startOp(existing ? "update" : "create", r, extra, fingerprint);
      return { status: existing ? 200 : 201, body: this.view(this.store.get(key) ?? r), headers: this.lroHeaders(ctx, op) };
    }
    full.properties.provisioningState = "Succeeded";
    for (const k of extra) {
      const c = this.store.get(k);
      if (c) c.body.properties = { ...(c.body.properties ?? {}), provisioningState: "Succeeded" };
    }
    return { status: existing ? 200 : 201, body: this.view(r) };
  }

  private patchResource(ctx: ReqCtx, a: { key: string; type: string; name: string; rgName: string }): Reply {
    const existing = this.touch(a.key);
    if (!existing) throw new ArmHttpError(404, "ResourceNotFound", resourceNotFoundMsg(a.type, a.name, a.rgName));
    if (!isObject(ctx.body)) throw new ArmHttpError(400, "InvalidRequestContent", "The request content was invalid and could not be deserialized.");
    const op = this.inFlight(existing);
    if (op)
      throw new ArmHttpError(409, "AnotherOperationInProgress", `Another operation is in progress on resource '${existing.name}'. Please retry after it completes.`);
    const spec = specFor(a.type) ?? { ...GENERIC_SPEC, type: a.type };
    const patch = structuredClone(ctx.body);
    delete patch.id;
    delete patch.name;
    delete patch.type;
    delete patch.location;
    if (isObject(patch.properties)) delete patch.properties.provisioningState;
    const merged = deepMerge(structuredClone(existing.body), patch);
    // ARM replaces the whole tags object on PATCH (a tag left out is removed).
    if (isObject(patch.tags)) merged.tags = patch.tags;
    const segs = existing.id.split("/");
    const pctx: PutCtx = {
      opts: this.opts,
      store: this.store,
      subscriptionId: segs[2],
      resourceGroup: segs[4],
      rgKey: segs.slice(0, 5).join("/").toLowerCase(),
      key: existing.key,
      id: existing.id,
      name: existing.name,
      type: existing.type,
      parent: undefined,
      existing,
      upsertChild: () => {
        throw new ArmHttpError(400, "InvalidRequestContent", "Inline child resources cannot be changed with PATCH.");
      },
    };
    if (isObject(patch.properties) && Array.isArray(patch.properties.agentPoolProfiles))
      throw new ArmHttpError(400, "InvalidRequestContent", "agentPoolProfiles cannot be changed with PATCH; use the agentPools API.");
    spec.prepare?.(pctx, merged);
    merged.systemData = { ...(merged.systemData ?? {}), lastModifiedAt: new Date().toISOString() };
    existing.body = merged;
    if (spec.patch === "async") {
      this.store.put(existing);
      const op2 = this.startOp("update", existing, [], ctx.rawBody);
      return { status: 202, headers: this.lroHeaders(ctx, op2) };
    }
    merged.properties.provisioningState = existing.body.properties?.provisioningState === "Failed" ? "Failed" : "Succeeded";
    this.store.put(existing);
    return { status: 200, body: this.view(existing) };
  }

  private deleteResource(ctx: ReqCtx, key: string): Reply {
    const r = this.touch(key);
    if (!r) return { status: 204 };
    const spec = specFor(r.type) ?? { ...GENERIC_SPEC, type: r.type };
    const op = this.inFlight(r);
    if (op) {
      if (op.kind === "delete") return { status: 202, headers: this.lroHeaders(ctx, op) };
      throw new ArmHttpError(
        409,
        "AnotherOperationInProgress",
        `Another operation (${op.kind === "create" ? "Create" : "Update"}) is in progress on resource '${r.name}'. Please retry after it completes.`,
      );
    }
    if (!spec.lro) {
      const view = this.view(r);
      this.deleteTree(key);
      return { status: 200, body: view };
    }
    const op2 = this.startOp("delete", r, []);
    return { status: 202, headers: this.lroHeaders(ctx, op2) };
  }

  // ---------------- admin API (/_emulator/...) ----------------
  private async admin(method: string, segs: string[], query: URLSearchParams, rawBody: string): Promise<Reply> {
    let body: any = undefined;
    if (rawBody.trim()) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        return { status: 400, body: { error: { code: "InvalidJson", message: "Admin request body is not JSON." } } };
      }
    }
    const route = `${method} ${segs.join("/")}`;
    const ok = (b: unknown = { ok: true }): Reply => ({ status: 200, body: b });
    switch (true) {
      case route === "GET health":
        return ok({ status: "ok" });
      case route === "GET config":
        return ok(this.publicConfig());
      case route === "POST settings": {
        if (typeof body?.provisionMs === "number") this.opts.provisionMs = Math.max(0, body.provisionMs);
        return ok(this.publicConfig());
      }
      case route === "POST reset":
        this.reset();
        return ok();
      case route === "POST flush":
        await this.store.flush();
        await this.kube.flush();
        return ok();
      case route === "GET faults":
        return ok({ faults: this.faults });
      case route === "POST faults": {
        const rules: FaultRule[] = Array.isArray(body) ? body : Array.isArray(body?.faults) ? body.faults : [body];
        const added = rules.map((r) => this.addFault(r));
        return ok({ ids: added.map((f) => f.id), faults: added });
      }
      case route === "DELETE faults":
        this.clearFaults();
        return ok();
      case method === "DELETE" && segs[0] === "faults" && segs.length === 2:
        this.clearFaults(segs[1]);
        return ok();
      case route === "GET requests":
        return ok(this.requestCounts());
      case route === "DELETE requests":
        this.resetRequestCounts();
        return ok();
      case route === "POST drift": {
        const id: string | undefined = body?.id;
        if (!id) return { status: 400, body: { error: { code: "InvalidRequest", message: "id is required" } } };
        const r = this.touch(id.toLowerCase());
        if (!r) return { status: 404, body: { error: { code: "ResourceNotFound", message: `Resource '${id}' not found.` } } };
        if (body.delete) {
          this.deleteTree(r.key);
          return ok();
        }
        if (isObject(body.patch)) deepMerge(r.body, body.patch);
        this.store.put(r);
        return ok({ resource: this.view(r) });
      }
      case route === "GET resources": {
        const type = query.get("type");
        const list = type ? this.store.listByType(type) : [...this.store.resources.values()];
        return ok({ count: list.length, resources: list.map((r) => ({ id: r.id, type: r.type, provisioningState: r.body.properties?.provisioningState })) });
      }
      case route === "GET role-assignments":
        return ok({ value: [...this.store.roleAssignments.values()] });
      case route === "POST role-assignments": {
        if (body?.replace) this.store.roleAssignments.clear();
        const seeds: RoleAssignmentSeed[] = Array.isArray(body) ? body : (body?.assignments ?? []);
        const added = seeds.map((s) => this.addRoleAssignment(s));
        return ok({ value: added });
      }
      case route === "DELETE role-assignments":
        this.store.roleAssignments.clear();
        this.store.markDirty();
        return ok();
      case route === "POST providers": {
        if (!body?.namespace || !body?.registrationState)
          return { status: 400, body: { error: { code: "InvalidRequest", message: "namespace and registrationState are required" } } };
        this.setProviderState(body.subscriptionId, body.namespace, body.registrationState);
        return ok();
      }
      case route === "POST subscriptions": {
        if (!body?.subscriptionId) return { status: 400, body: { error: { code: "InvalidRequest", message: "subscriptionId is required" } } };
        const s = this.ensureSubscription(body.subscriptionId, body);
        return ok(this.subView(s));
      }
      default:
        return { status: 404, body: { error: { code: "NotFound", message: `No admin route ${route}` } } };
    }
  }
}

/** PostgreSQL flexible servers expose `state` (Provisioning/Updating/Dropping/Ready/Disabled) rather than provisioningState. */
const PG_STATE: Record<string, string> = {
  Accepted: "Provisioning",
  Creating: "Provisioning",
  Updating: "Updating",
  Deleting: "Dropping",
  Succeeded: "Ready",
  Failed: "Disabled",
};

function setProvisioningState(r: StoredResource, state: string): void {
  r.body.properties ??= {};
  r.body.properties.provisioningState = state;
  if (r.type === "Microsoft.DBforPostgreSQL/flexibleServers") r.body.properties.state = PG_STATE[state] ?? r.body.properties.state;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

function resourceNotFoundMsg(type: string, name: string, rg: string): string {
  return `The Resource '${type}/${name}' under resource group '${rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`;
}

function notFoundPath(ctx: ReqCtx): ArmHttpError {
  return new ArmHttpError(404, "NotFound", `The requested path '${ctx.path}' is not handled by the ARM emulator.`);
}

function methodNotAllowed(ctx: ReqCtx): ArmHttpError {
  return new ArmHttpError(405, "MethodNotAllowed", `The HTTP method '${ctx.method}' is not supported for '${ctx.path}'.`);
}

// silence unused-import lint for ACTIVE_STATES (exported for consumers of resource-types)
void ACTIVE_STATES;

/** Starts the emulator on 127.0.0.1 (port 0 = any free port). */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator & { emulator: ArmEmulator }> {
  const emulator = new ArmEmulator(options);
  emulator.init();
  const server = http.createServer((req, res) => {
    void emulator.handle(req, res);
  });
  server.keepAliveTimeout = 5000;
  const host = options.host ?? "127.0.0.1";
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "::1") throw new Error("The ARM emulator binds to loopback only.");
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  let closed = false;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    stateFile: emulator.store.stateFile,
    emulator,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await emulator.close();
    },
  };
}
