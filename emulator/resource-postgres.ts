// PostgreSQL flexible servers and their databases in the ARM emulator.
import type { StoredResource } from "./state";
import { checkPostgres } from "./update-rules";
import { bad, props, fillIdentity, type TypeSpec } from "./resource-spec";

// ---------- PostgreSQL flexible server ----------
const PG_TIER_BY_SIZE: Array<[number, string]> = [
  [32, "P4"], [64, "P6"], [128, "P10"], [256, "P15"], [512, "P20"], [1024, "P30"],
  [2048, "P40"], [4096, "P50"], [8192, "P60"], [16384, "P70"], [32767, "P80"],
];
const PG_TIERS = ["P1", "P2", "P3", "P4", "P6", "P10", "P15", "P20", "P30", "P40", "P50", "P60", "P70", "P80"];

/** Server parameters every flexible server has from the start (a subset: those the portal reads). */
const PG_DEFAULT_PARAMETERS: Record<string, string> = { require_secure_transport: "on", ssl_min_protocol_version: "TLSv1.2" };

export const flexibleServers: TypeSpec = {
  type: "Microsoft.DBforPostgreSQL/flexibleServers",
  lro: true,
  patch: "async",
  needsLocation: true,
  prepare(ctx, body) {
    const p = props(body);
    const mode = String(p.createMode ?? "Default");
    let source: StoredResource | undefined;
    if (/^replica$/i.test(mode) && !ctx.existing) {
      const srcId = p.sourceServerResourceId;
      if (typeof srcId !== "string" || !srcId) bad("InvalidParameterValue", "sourceServerResourceId is required when createMode is Replica.");
      source = ctx.store.get(srcId.toLowerCase());
      if (!source) bad("ResourceNotFound", `The source server '${srcId}' was not found.`, 404);
      const sp = source.body.properties ?? {};
      p.version ??= sp.version;
      p.storage ??= structuredClone(sp.storage);
      body.sku ??= structuredClone(source.body.sku);
      p.administratorLogin ??= sp.administratorLogin;
      p.replicationRole = "AsyncReplica";
      p.replica = { role: "AsyncReplica", replicationState: "Active", capacity: 0 };
    }
    if (ctx.existing) {
      // createMode/source only matter on create; keep the replica role.
      const ep = ctx.existing.body.properties ?? {};
      if (ep.replicationRole) p.replicationRole = ep.replicationRole;
      if (ep.replica) p.replica = ep.replica;
      if (ep.sourceServerResourceId) p.sourceServerResourceId = ep.sourceServerResourceId;
      p.administratorLogin ??= ep.administratorLogin;
    }
    body.sku ??= { name: "Standard_D2ds_v5", tier: "GeneralPurpose" };
    if (!["Burstable", "GeneralPurpose", "MemoryOptimized"].includes(body.sku.tier))
      bad("InvalidParameterValue", `Invalid value given for parameter sku.tier: '${body.sku.tier}'.`);
    p.version ??= "16";
    p.storage ??= {};
    p.storage.storageSizeGB ??= 128;
    const size = p.storage.storageSizeGB;
    const minTier = (PG_TIER_BY_SIZE.find(([gb]) => size <= gb) ?? PG_TIER_BY_SIZE[PG_TIER_BY_SIZE.length - 1])[1];
    p.storage.tier ??= minTier;
    if (!PG_TIERS.includes(p.storage.tier)) bad("InvalidParameterValue", `Invalid value given for parameter storage.tier: '${p.storage.tier}'.`);
    if (PG_TIERS.indexOf(p.storage.tier) < PG_TIERS.indexOf(minTier))
      bad("InvalidStorageTier", `Storage tier ${p.storage.tier} is lower than the minimum tier ${minTier} for ${size} GiB.`);
    const oldSize = ctx.existing?.body.properties?.storage?.storageSizeGB;
    if (typeof oldSize === "number" && size < oldSize)
      bad("InvalidStorageSizeDecrease", `Storage size cannot be decreased from ${oldSize} GiB to ${size} GiB.`);
    p.storage.autoGrow ??= "Disabled";
    p.storage.type ??= "Premium_LRS";
    p.backup ??= { backupRetentionDays: 7, geoRedundantBackup: "Disabled" };
    p.backup.earliestRestoreDate ??= new Date().toISOString();
    p.highAvailability ??= { mode: "Disabled" };
    p.highAvailability.state = p.highAvailability.mode === "Disabled" ? "NotEnabled" : "Healthy";
    checkPostgres(ctx.store, ctx.id, body, ctx.existing?.body, source?.body);
    p.network ??= { publicNetworkAccess: "Enabled" };
    p.network.publicNetworkAccess ??= p.network.delegatedSubnetResourceId ? "Disabled" : "Enabled";
    p.state = "Ready";
    p.fullyQualifiedDomainName = ctx.opts.postgres ? ctx.opts.postgres.host : `${ctx.name}.postgres.database.azure.com`;
    p.replicationRole ??= "Primary";
    p.replicaCapacity ??= 5;
    p.minorVersion ??= "6";
    delete p.administratorLoginPassword;
    delete p.createMode;
    if (source) p.sourceServerResourceId = source.id;
    fillIdentity(body, ctx.key, ctx.opts.tenantId);
  },
  afterPut(ctx, body) {
    // The server parameters the service's TLS controls read, with Azure's defaults, unless already set.
    for (const [name, value] of Object.entries(PG_DEFAULT_PARAMETERS)) {
      const key = `${ctx.key}/configurations/${name}`;
      if (ctx.store.get(key)) continue;
      const id = `${ctx.id}/configurations/${name}`;
      const type = "Microsoft.DBforPostgreSQL/flexibleServers/configurations";
      ctx.store.put({ key, id, name, type, createdAt: new Date().toISOString(), body: { id, name, type, properties: { value, defaultValue: value, source: "system-default", dataType: "Enumeration" } } });
    }
    const src = body.properties?.sourceServerResourceId;
    if (typeof src === "string") {
      const s = ctx.store.get(src.toLowerCase());
      if (s) {
        s.body.properties.replicationRole = "Primary";
        s.body.properties.replica = { ...(s.body.properties.replica ?? {}), role: "Primary" };
        ctx.store.put(s);
      }
    }
  },
};

export const pgDatabases: TypeSpec = {
  type: "Microsoft.DBforPostgreSQL/flexibleServers/databases",
  lro: true,
  prepare(_ctx, body) {
    const p = props(body);
    p.charset ??= "UTF8";
    p.collation ??= "en_US.utf8";
    delete body.location;
  },
};
