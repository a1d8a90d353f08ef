// Subscription-level routes of the ARM emulator: subscriptions, locations, providers, SKUs, role assignments.
import { ArmHttpError } from "./errors";
import type { Json, SubscriptionState } from "./state";
import { REGION_DISPLAY, canonicalType } from "./resource-types";
import { READER_ROLE_ID } from "./types";
import { ROLE_NAMES, normalizeLocation, notFoundPath, methodNotAllowed, type ReqCtx, type Reply } from "./arm-helpers";
import { ResourceRoutes } from "./resource-routes";

export abstract class SubscriptionRoutes extends ResourceRoutes {
  protected subView(s: SubscriptionState): Json {
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

  protected locations(sub: SubscriptionState): Json[] {
    return this.opts.regions.map((r) => ({
      id: `/subscriptions/${sub.subscriptionId}/locations/${r}`,
      name: r,
      type: "Region",
      displayName: REGION_DISPLAY[r] ?? r,
      regionalDisplayName: REGION_DISPLAY[r] ?? r,
      metadata: { regionType: "Physical", regionCategory: "Recommended" },
    }));
  }

  // ---------- /subscriptions/{s}/providers/... ----------
  protected subscriptionProviders(ctx: ReqCtx, sub: SubscriptionState): Reply {
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

  protected computeSkus(ctx: ReqCtx): Json[] {
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
  protected authorization(ctx: ReqCtx, sub: SubscriptionState, pi: number): Reply {
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
}
