// In-memory ARM state with write-behind JSON persistence (atomic rename).
import { promises as fsp, existsSync, readFileSync, mkdirSync } from "node:fs";
import path from "node:path";

export type Json = Record<string, any>;

export interface StoredResource {
  /** Lower-cased ARM id: the map key. */
  key: string;
  id: string;
  /** Canonical resource type, e.g. Microsoft.ContainerService/managedClusters/agentPools. */
  type: string;
  name: string;
  /** Full ARM representation as stored (id, name, type, location, tags, properties, ...). */
  body: Json;
  /** In-flight operation, if any. */
  opId?: string;
  createdAt: string;
}

export type OpKind = "create" | "update" | "delete";

export interface Operation {
  id: string;
  kind: OpKind;
  /** Key of the resource the operation acts on. */
  resourceKey: string;
  /** Resources whose provisioningState follows this operation (inline child pools, subnets). */
  extraKeys: string[];
  status: "InProgress" | "Succeeded" | "Failed" | "Canceled";
  startTime: string;
  endTime?: string;
  finishAt: number;
  durationMs: number;
  error?: { code: string; message: string };
  /** Error to apply when the operation finishes (injected provisioning failure). */
  failWith?: { code: string; message: string };
  /** Canonical JSON of the request that started it (identical PUT while in flight joins it). */
  requestFingerprint?: string;
  subscriptionId: string;
  namespace: string;
  location: string;
  resourceType: string;
  resourceName: string;
}

export interface RoleAssignment {
  id: string;
  name: string;
  type: "Microsoft.Authorization/roleAssignments";
  properties: {
    roleDefinitionId: string;
    principalId: string;
    principalType: string;
    scope: string;
    createdOn: string;
    updatedOn: string;
  };
}

export interface SubscriptionState {
  subscriptionId: string;
  displayName: string;
  state: string;
  tenantId: string;
  /** namespace (lower) -> state; absent = Registered (unless default unregistered). */
  providers: Record<string, { state: string; registeredAt?: number }>;
}

interface PersistedState {
  version: 1;
  savedAt: string;
  subscriptions: SubscriptionState[];
  resources: StoredResource[];
  operations: Operation[];
  roleAssignments: RoleAssignment[];
}

export class Store {
  resources = new Map<string, StoredResource>();
  /** collection key (id without the last "/name") -> resource keys, in insertion order. */
  collections = new Map<string, Set<string>>();
  /** lower type -> resource keys. */
  byType = new Map<string, Set<string>>();
  operations = new Map<string, Operation>();
  roleAssignments = new Map<string, RoleAssignment>();
  subscriptions = new Map<string, SubscriptionState>();

  private file: string | null;
  private delayMs: number;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> | null = null;
  private dirty = false;
  private closed = false;

  constructor(stateDir: string | null, delayMs = 50) {
    this.file = stateDir ? path.join(stateDir, "state.json") : null;
    this.delayMs = delayMs;
  }

  get stateFile(): string | null {
    return this.file;
  }

  load(): void {
    if (!this.file) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    if (!existsSync(this.file)) return;
    let data: PersistedState;
    try {
      data = JSON.parse(readFileSync(this.file, "utf8")) as PersistedState;
    } catch {
      return; // unreadable state: start empty
    }
    for (const s of data.subscriptions ?? []) this.subscriptions.set(s.subscriptionId.toLowerCase(), s);
    for (const r of data.resources ?? []) this.put(r);
    for (const o of data.operations ?? []) this.operations.set(o.id, o);
    for (const a of data.roleAssignments ?? []) this.roleAssignments.set(a.id.toLowerCase(), a);
  }

  clear(): void {
    this.resources.clear();
    this.collections.clear();
    this.byType.clear();
    this.operations.clear();
    this.roleAssignments.clear();
    this.subscriptions.clear();
    this.markDirty();
  }

  static collectionKey(key: string): string {
    return key.slice(0, key.lastIndexOf("/"));
  }

  get(key: string): StoredResource | undefined {
    return this.resources.get(key);
  }

  put(r: StoredResource): void {
    if (!this.resources.has(r.key)) {
      const ck = Store.collectionKey(r.key);
      let set = this.collections.get(ck);
      if (!set) this.collections.set(ck, (set = new Set()));
      set.add(r.key);
      const tk = r.type.toLowerCase();
      let ts = this.byType.get(tk);
      if (!ts) this.byType.set(tk, (ts = new Set()));
      ts.add(r.key);
    }
    this.resources.set(r.key, r);
    this.markDirty();
  }

  remove(key: string): void {
    const r = this.resources.get(key);
    if (!r) return;
    this.resources.delete(key);
    this.collections.get(Store.collectionKey(key))?.delete(key);
    this.byType.get(r.type.toLowerCase())?.delete(key);
    this.markDirty();
  }

  /** Removes a resource and everything below it (children, or the contents of a resource group). */
  removeTree(key: string): void {
    const prefix = key + "/";
    for (const k of [...this.resources.keys()]) if (k.startsWith(prefix)) this.remove(k);
    this.remove(key);
  }

  listCollection(collectionKey: string): StoredResource[] {
    return this.resolve(this.collections.get(collectionKey));
  }

  listByType(type: string): StoredResource[] {
    return this.resolve(this.byType.get(type.toLowerCase()));
  }

  /** The stored resources of an index entry (keys whose resource is gone are skipped). */
  private resolve(keys: Set<string> | undefined): StoredResource[] {
    const out: StoredResource[] = [];
    for (const k of keys ?? []) {
      const r = this.resources.get(k);
      if (r) out.push(r);
    }
    return out;
  }

  listUnder(prefixKey: string): StoredResource[] {
    const prefix = prefixKey + "/";
    const out: StoredResource[] = [];
    for (const [k, r] of this.resources) if (k.startsWith(prefix)) out.push(r);
    return out;
  }

  markDirty(): void {
    if (!this.file || this.closed) return;
    this.dirty = true;
    if (this.timer || this.writing) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.writeNow();
    }, this.delayMs);
    this.timer.unref();
  }

  private snapshot(): PersistedState {
    // Keep finished operations for 15 minutes so late pollers still find them.
    const cutoff = Date.now() - 15 * 60_000;
    for (const [id, op] of this.operations) {
      if (op.status !== "InProgress" && op.endTime && Date.parse(op.endTime) < cutoff) this.operations.delete(id);
    }
    return {
      version: 1,
      savedAt: new Date().toISOString(),
      subscriptions: [...this.subscriptions.values()],
      resources: [...this.resources.values()],
      operations: [...this.operations.values()],
      roleAssignments: [...this.roleAssignments.values()],
    };
  }

  private writeNow(): Promise<void> {
    if (!this.file || this.closed) return Promise.resolve();
    if (this.writing) return this.writing;
    const file = this.file;
    this.dirty = false;
    const text = JSON.stringify(this.snapshot());
    const tmp = `${file}.${process.pid}.tmp`;
    this.writing = (async () => {
      try {
        await fsp.mkdir(path.dirname(file), { recursive: true });
        await fsp.writeFile(tmp, text);
        await fsp.rename(tmp, file);
      } catch (err) {
        console.error("[arm-emulator] could not persist state:", err);
      } finally {
        this.writing = null;
        if (this.dirty && !this.closed) this.markDirty();
      }
    })();
    return this.writing;
  }

  /** Writes pending changes now (used by close and the admin flush endpoint). */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.writing) await this.writing;
    if (this.file) await this.writeNow();
  }

  async close(): Promise<void> {
    await this.flush();
    this.closed = true;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.writing) await this.writing;
  }
}
