import { describe, expect, it } from "vitest";
import { DEFAULT_CLUSTER_SETTINGS, STORAGE_REDUNDANCIES, ZClusterSettings, type ClusterSettings, type StorageRedundancy } from "@/lib/cluster-settings";
import { allowedValues, changedKeys, refusalsOf, valueRefusals } from "./transition-rules";

const base: ClusterSettings = { ...DEFAULT_CLUSTER_SETTINGS, tags: { costCenter: "contoso" } };
const codes = (from: Partial<ClusterSettings>, to: Partial<ClusterSettings>) =>
  refusalsOf({ ...base, ...from }, { ...base, ...from, ...to }).map((r) => `${r.key}:${r.code}`);

describe("storage and backup-storage redundancy: upgrades only along LRS→GRS→RA-GRS and ZRS→GZRS→RA-GZRS", () => {
  const allowed = new Set(["LRS>GRS", "LRS>RA-GRS", "GRS>RA-GRS", "ZRS>GZRS", "ZRS>RA-GZRS", "GZRS>RA-GZRS"]);
  const pairs = STORAGE_REDUNDANCIES.flatMap((from) => STORAGE_REDUNDANCIES.filter((to) => to !== from).map((to) => [from, to] as [StorageRedundancy, StorageRedundancy]));
  it("covers all 30 paths", () => expect(pairs).toHaveLength(30));
  for (const key of ["storageRedundancy", "backupStorageRedundancy"] as const) {
    it.each(pairs)(`${key} %s → %s`, (from, to) => {
      const result = codes({ [key]: from }, { [key]: to });
      expect(result).toEqual(allowed.has(`${from}>${to}`) ? [] : [`${key}:redundancy_downgrade`]);
    });
  }
  it("allowed values follow the same table", () => {
    expect(allowedValues("storageRedundancy", { ...base, storageRedundancy: "LRS" })).toEqual(["LRS", "GRS", "RA-GRS"]);
    expect(allowedValues("backupStorageRedundancy", { ...base, backupStorageRedundancy: "GZRS" })).toEqual(["GZRS", "RA-GZRS"]);
    expect(allowedValues("storageRedundancy", { ...base, storageRedundancy: "RA-GRS" })).toEqual(["RA-GRS"]);
  });
});

describe("database high availability", () => {
  it.each([
    ["Off", "SameZone", "GeneralPurpose", "GeneralPurpose", []],
    ["Off", "ZoneRedundant", "GeneralPurpose", "GeneralPurpose", []],
    ["SameZone", "ZoneRedundant", "GeneralPurpose", "GeneralPurpose", []],
    ["SameZone", "Off", "GeneralPurpose", "GeneralPurpose", []],
    ["ZoneRedundant", "Off", "MemoryOptimized", "MemoryOptimized", []],
    ["ZoneRedundant", "SameZone", "GeneralPurpose", "GeneralPurpose", ["databaseHighAvailability:ha_zone_to_same"]],
    ["Off", "SameZone", "Burstable", "Burstable", ["databaseHighAvailability:ha_burstable"]],
    ["Off", "ZoneRedundant", "GeneralPurpose", "Burstable", ["databaseHighAvailability:ha_with_move_to_burstable"]],
    ["SameZone", "SameZone", "GeneralPurpose", "Burstable", ["postgresTier:ha_burstable"]],
    ["SameZone", "Off", "GeneralPurpose", "Burstable", []],
  ] as const)("%s → %s with tier %s → %s", (fromHa, toHa, fromTier, toTier, expected) => {
    const sku = (tier: string) => (tier === "Burstable" ? "Standard_B2s" : tier === "MemoryOptimized" ? "Standard_E2ds_v5" : "Standard_D2ds_v5");
    expect(
      codes({ databaseHighAvailability: fromHa, postgresTier: fromTier, postgresSku: sku(fromTier) }, { databaseHighAvailability: toHa, postgresTier: toTier, postgresSku: sku(toTier) }),
    ).toEqual(expected);
  });
  it("allowed modes", () => {
    expect(allowedValues("databaseHighAvailability", { ...base, databaseHighAvailability: "ZoneRedundant" })).toEqual(["Off", "ZoneRedundant"]);
    expect(allowedValues("databaseHighAvailability", { ...base, postgresTier: "Burstable", postgresSku: "Standard_B2s" })).toEqual(["Off", "SameZone", "ZoneRedundant"]);
  });
});

describe("storage tier only grows", () => {
  it.each([
    ["P10", "P15", []],
    ["P10", "P80", []],
    ["P15", "P10", ["storageTier:storage_shrink"]],
    ["P80", "P4", ["storageTier:storage_shrink"]],
  ] as const)("%s → %s", (from, to, expected) => expect(codes({ storageTier: from }, { storageTier: to })).toEqual(expected));
  it("allowed tiers start at the applied one", () => expect(allowedValues("storageTier", { ...base, storageTier: "P60" })).toEqual(["P60", "P70", "P80"]));
});

describe("initialization-only settings", () => {
  it.each([
    [{ nodeCidr: "192.168.0.0/22" }, { nodeCidr: "192.168.4.0/22" }, ["nodeCidr:initialization_only"]],
    [{ networkIsolated: false }, { networkIsolated: true }, ["networkIsolated:initialization_only"]],
    [{ networkIsolated: true }, { networkIsolated: false }, ["networkIsolated:initialization_only"]],
  ] as const)("%o → %o", (from, to, expected) => expect(codes(from, to)).toEqual(expected));
});

describe("read replica", () => {
  it.each([
    [{ readReplica: false }, { readReplica: true }, []],
    [{ readReplica: true }, { readReplica: false }, []],
    [{ readReplica: false, postgresTier: "Burstable", postgresSku: "Standard_B2s" }, { readReplica: true }, ["readReplica:replica_needs_tier"]],
    [{ readReplica: true }, { postgresTier: "Burstable", postgresSku: "Standard_B2s" }, ["postgresTier:replica_needs_tier"]],
    [{ postgresTier: "GeneralPurpose" }, { postgresTier: "MemoryOptimized", postgresSku: "Standard_E4ds_v5", readReplica: true }, []],
  ] as const)("%o → %o", (from, to, expected) => expect(codes(from as Partial<ClusterSettings>, to as Partial<ClusterSettings>)).toEqual(expected));
});

describe("values alone", () => {
  it.each([
    ["Standard_DC4s_v3", ["nodeVmSize:confidential_vm"]],
    ["Standard_EC8as_v5", ["nodeVmSize:confidential_vm"]],
    ["Standard_dc2s_v2", ["nodeVmSize:confidential_vm"]],
    ["Standard_D4s_v5", []],
    ["Standard_E8s_v5", []],
  ])("VM size %s", (size, expected) => expect(codes({}, { nodeVmSize: size })).toEqual(expected));

  it.each([
    ["192.168.0.0/22", []],
    ["10.0.4.0/22", ["nodeCidr:cidr_overlap"]],
    ["10.244.0.0/16", ["nodeCidr:cidr_overlap"]],
    ["10.0.0.0/8", ["nodeCidr:cidr_overlap", "nodeCidr:cidr_overlap"]],
    ["10.1.0.0/16", []],
  ])("node CIDR %s at initialization", (cidr, expected) => expect(valueRefusals({ ...base, nodeCidr: cidr }).map((r) => `${r.key}:${r.code}`)).toEqual(expected));

  it("the service's own tag is reserved", () => {
    expect(codes({}, { tags: { "Mendix-Cluster": "x" } })).toEqual(["tags:reserved_tag"]);
    expect(codes({}, { tags: { team: "data" } })).toEqual([]);
  });

  it("a rule already broken before does not block other changes", () => {
    const broken = { ...base, nodeVmSize: "Standard_DC4s_v3" };
    expect(refusalsOf(broken, { ...broken, maxNodeCount: 10 })).toEqual([]);
  });

  it("free settings change both ways", () => {
    for (const [from, to] of [
      [{ loadBalancer: "public" }, { loadBalancer: "internal" }],
      [{ loadBalancer: "internal" }, { loadBalancer: "public" }],
      [{ aksTier: "Free" }, { aksTier: "Premium" }],
      [{ aksTier: "Premium" }, { aksTier: "Free" }],
      [{ maxNodeCount: 10 }, { maxNodeCount: 3 }],
      [{ zoneRedundant: false }, { zoneRedundant: true }],
      [{ zoneRedundant: true }, { zoneRedundant: false }],
      [{ grafanaAccess: "public" }, { grafanaAccess: "private" }],
      [{ postgresTier: "GeneralPurpose" }, { postgresTier: "Burstable", postgresSku: "Standard_B1ms" }],
    ] as Partial<ClusterSettings>[][]) {
      expect(codes(from, to), JSON.stringify([from, to])).toEqual([]);
    }
  });

  it("changedKeys names exactly what differs", () => {
    expect(changedKeys(base, { ...base, tags: { costCenter: "contoso" }, maxNodeCount: 7 })).toEqual(["maxNodeCount"]);
    expect(changedKeys(base, { ...base, tags: {} })).toEqual(["tags"]);
  });
});

describe("tag limits (the shared schema)", () => {
  const tags = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, "v"]));
  it.each<[Record<string, string>, boolean]>([
    [{ ["n".repeat(512)]: "v" }, true],
    [{ ["n".repeat(513)]: "v" }, false],
    [{ name: "v".repeat(256) }, true],
    [{ name: "v".repeat(257) }, false],
    [tags(50), true],
    [tags(51), false],
    ...["<", ">", "%", "&", "\\", "?", "/"].map((c): [Record<string, string>, boolean] => [{ [`a${c}b`]: "v" }, false]),
  ])("%#", (value, ok) => expect(ZClusterSettings.safeParse({ tags: value }).success).toBe(ok));
});
