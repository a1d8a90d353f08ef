// The ARM emulator's state: options, store, subscriptions, providers, role assignments and fault rules.
import { randomUUID } from "node:crypto";
import { KubernetesApi } from "./kubernetes";
import { Store, type Json, type Operation, type RoleAssignment, type StoredResource, type SubscriptionState } from "./state";
import { DEFAULT_COMPUTE_SKUS, DEFAULT_K8S_VERSIONS, DEFAULT_REGIONS, REGION_DISPLAY, TYPE_SPECS, stableGuid, type ResolvedOptions } from "./resource-types";
import type { EmulatorOptions, EmulatorPublicConfig, FaultRule, FaultRuleWithState, RoleAssignmentSeed, SubscriptionSpec } from "./types";
import { ALWAYS_REGISTERED, EXTRA_NAMESPACES, normalizeLocation } from "./arm-helpers";

export abstract class EmulatorCore {
  readonly opts: ResolvedOptions;
  readonly store: Store;
  protected faults: FaultRuleWithState[] = [];
  protected counts = new Map<string, number>();
  protected total = 0;
  protected timers = new Set<NodeJS.Timeout>();
  protected seedSubscriptions: SubscriptionSpec[];
  protected seedRoleAssignments: RoleAssignmentSeed[];
  protected initialFaults: FaultRule[];
  /** The Kubernetes API of the emulated AKS clusters (namespaces, MendixApps, the operator loop). */
  readonly kube: KubernetesApi;

  /** Reads a resource, settling its operation when due (the LRO module). */
  abstract touch(key: string): StoredResource | undefined;
  protected abstract scheduleOp(op: Operation): void;

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

  protected seed(): void {
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

  protected namespaces(): string[] {
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

  protected providerView(sub: SubscriptionState, ns: string): Json {
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
  protected takeFault<K extends FaultRule["kind"]>(
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

  protected matchesRequest(f: { method?: string; resourceType?: string; pathContains?: string }, method: string, type: string, path: string): boolean {
    if (f.method && f.method.toUpperCase() !== method) return false;
    if (f.resourceType && f.resourceType.toLowerCase() !== type.toLowerCase()) return false;
    if (f.pathContains && !path.toLowerCase().includes(f.pathContains.toLowerCase())) return false;
    return true;
  }
}
