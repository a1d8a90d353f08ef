// Long-running operations of the ARM emulator: start, schedule, settle; Azure-AsyncOperation/Location headers.
import { randomUUID } from "node:crypto";
import { ArmHttpError } from "./errors";
import type { Json, Operation, OpKind, StoredResource } from "./state";
import { specFor } from "./resource-types";
import { normalizeLocation, setProvisioningState, type ReqCtx, type Reply } from "./arm-helpers";
import { EmulatorCore } from "./emulator-core";
import { nodeResourceGroupKey } from "./resource-aks-ingress";

export abstract class LroEmulator extends EmulatorCore {
  // ---------------- operations ----------------
  protected scheduleOp(op: Operation): void {
    const delay = Math.max(0, op.finishAt - Date.now());
    const t = setTimeout(() => {
      this.timers.delete(t);
      this.settleOp(op, true);
    }, delay);
    t.unref();
    this.timers.add(t);
  }

  protected startOp(kind: OpKind, r: StoredResource, extraKeys: string[], fingerprint?: string): Operation {
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

  /**
   * Deletes a resource (or resource group) with everything inside; managed applications take their
   * managed RG along, AKS clusters their node RG.
   */
  protected deleteTree(key: string): void {
    const victims = [this.store.get(key), ...this.store.listUnder(key)];
    for (const v of victims) {
      if (v && v.type === "Microsoft.Solutions/applications") {
        const mrg = v.body.properties?.managedResourceGroupId;
        if (typeof mrg === "string" && mrg.toLowerCase() !== key) this.deleteTree(mrg.toLowerCase());
      }
      if (v && v.type === "Microsoft.ContainerService/managedClusters") {
        const nodeRg = nodeResourceGroupKey(v);
        if (nodeRg && nodeRg !== key) this.deleteTree(nodeRg);
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

  protected inFlight(r: StoredResource): Operation | undefined {
    if (!r.opId) return undefined;
    const op = this.store.operations.get(r.opId);
    return op && op.status === "InProgress" ? op : undefined;
  }

  protected lroHeaders(ctx: ReqCtx, op: Operation): Record<string, string> {
    const base = `${ctx.baseUrl}/subscriptions/${op.subscriptionId}/providers/${op.namespace}/locations/${op.location}`;
    const q = `?api-version=${encodeURIComponent(ctx.apiVersion)}`;
    return {
      "Azure-AsyncOperation": `${base}/operationStatuses/${op.id}${q}`,
      Location: `${base}/operationResults/${op.id}${q}`,
    };
  }

  protected view(r: StoredResource): Json {
    const spec = specFor(r.type);
    const body = spec?.view ? spec.view(this.store, r) : structuredClone(r.body);
    return body;
  }

  protected operationStatus(ctx: ReqCtx, opId: string, results: boolean): Reply {
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
}
