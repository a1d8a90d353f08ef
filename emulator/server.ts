// Local Azure Resource Manager emulator: plain Node http on loopback.
// Same REST paths, ARM error bodies, long-running-operation headers, 404/409/429 rules as Azure.
import http from "node:http";
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { ArmHttpError } from "./errors";
import type { Json } from "./state";
import { canonicalType } from "./resource-types";
import type { EmulatorOptions, FaultRule, RoleAssignmentSeed } from "./types";
import { isObject, deepMerge, sleep, notFoundPath, methodNotAllowed, type ReqCtx, type Reply } from "./arm-helpers";
import { SubscriptionRoutes } from "./subscription-routes";

export type { EmulatorOptions } from "./types";

export interface RunningEmulator {
  url: string;
  port: number;
  stateFile: string | null;
  close(): Promise<void>;
}

export class ArmEmulator extends SubscriptionRoutes {
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

  protected route(ctx: ReqCtx): Reply {
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

  // ---------------- admin API (/_emulator/...) ----------------
  protected async admin(method: string, segs: string[], query: URLSearchParams, rawBody: string): Promise<Reply> {
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
