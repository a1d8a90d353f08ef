// Resource groups and resources of the ARM emulator: list, GET, PUT, PATCH, DELETE (with their 404/409 rules).
import { ArmHttpError } from "./errors";
import { Store, type Json, type StoredResource, type SubscriptionState } from "./state";
import { canonicalType, specFor, type PutCtx } from "./resource-types";
import { GENERIC_SPEC, normalizeLocation, isObject, deepMerge, compareVersions, resourceNotFoundMsg, notFoundPath, methodNotAllowed, type ReqCtx, type Reply } from "./arm-helpers";
import { LroEmulator } from "./lro";
import { upgradeNodeImageVersion } from "./resource-aks-maintenance";

export abstract class ResourceRoutes extends LroEmulator {
  protected filterByResourceType(list: StoredResource[], ctx: ReqCtx): StoredResource[] {
    const filter = ctx.query.get("$filter");
    const m = filter ? /resourceType\s+eq\s+'([^']+)'/i.exec(filter) : null;
    return m ? list.filter((r) => r.type.toLowerCase() === m[1].toLowerCase()) : list;
  }

  protected genericView(r: StoredResource): Json {
    const b = r.body;
    const out: Json = { id: r.id, name: r.name, type: r.type };
    for (const k of ["location", "tags", "sku", "kind", "identity", "managedBy", "plan"]) if (b[k] !== undefined) out[k] = structuredClone(b[k]);
    return out;
  }

  // ---------- resource groups and resources ----------
  protected rgNotFound(rg: string): ArmHttpError {
    return new ArmHttpError(404, "ResourceGroupNotFound", `Resource group '${rg}' could not be found.`);
  }

  protected resourceGroups(ctx: ReqCtx, sub: SubscriptionState): Reply {
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
    if (isCollection && method === "POST" && n === 11 && type.toLowerCase() === "microsoft.containerservice/managedclusters/agentpools/upgradenodeimageversion")
      return upgradeNodeImageVersion({ start: (kind, r) => this.startOp(kind, r, []), busy: (r) => this.inFlight(r), headers: (op) => this.lroHeaders(ctx, op) }, parent!);
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

  protected upgradeProfile(cluster: StoredResource, id: string): Json {
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

  protected resourceGroup(ctx: ReqCtx, sub: SubscriptionState, rgName: string, rgKey: string): Reply {
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

  protected checkProvider(sub: SubscriptionState, type: string): void {
    const ns = type.split("/")[0];
    const state = this.providerState(sub, ns);
    if (state !== "Registered")
      throw new ArmHttpError(
        409,
        "MissingSubscriptionRegistration",
        `The subscription is not registered to use namespace '${ns}'. See https://aka.ms/rps-not-found for how to register subscriptions.`,
      );
  }

  protected putResource(
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

  protected patchResource(ctx: ReqCtx, a: { key: string; type: string; name: string; rgName: string }): Reply {
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

  protected deleteResource(ctx: ReqCtx, key: string): Reply {
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
}
