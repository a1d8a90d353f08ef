import { describe, expect, it } from "vitest";
import { DEFAULT_CLUSTER_SETTINGS, parseCidr, ZClusterSettings } from "./cluster-settings";

describe("cluster settings", () => {
  it("has the documented defaults", () => {
    expect(DEFAULT_CLUSTER_SETTINGS).toMatchObject({ aksTier: "Standard", nodeCidr: "192.168.0.0/22", loadBalancer: "public", grafanaAccess: "public", readReplica: false });
  });

  it("refuses a read replica on Burstable", () => {
    const result = ZClusterSettings.safeParse({ postgresTier: "Burstable", postgresSku: "Standard_B2s", readReplica: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["readReplica"]);
  });

  it("refuses tag names with forbidden characters and too many tags", () => {
    expect(ZClusterSettings.safeParse({ tags: { "a/b": "x" } }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`t${i}`, "v"]));
    expect(ZClusterSettings.safeParse({ tags: many }).success).toBe(false);
    expect(ZClusterSettings.safeParse({ tags: { cost: "42" } }).success).toBe(true);
  });

  it("parses CIDR blocks and rejects host bits", () => {
    expect(parseCidr("192.168.0.0/22")).toEqual({ address: 0xc0a80000, prefix: 22 });
    expect(parseCidr("192.168.1.0/22")).toBeNull();
    expect(parseCidr("300.1.1.1/8")).toBeNull();
    expect(ZClusterSettings.safeParse({ nodeCidr: "10.0.0.0/8" }).success).toBe(false);
  });

  it("requires a compute size of the chosen tier", () => {
    const result = ZClusterSettings.safeParse({ postgresTier: "MemoryOptimized", postgresSku: "Standard_D2ds_v5" });
    expect(result.success).toBe(false);
  });
});
