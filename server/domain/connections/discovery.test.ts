import { describe, expect, it } from "vitest";
import { MENDIX_OFFER, isMendixOffer } from "@/lib/managed-app-offer";
import { ZAddConnection } from "@/lib/connections";
import { clusterNameFor, clustersInUse, diffDiscovery, mendixApplications, type ManagedApplicationLike } from "./discovery";

const SUB = "7a3f5e4d-2e30-4f9d-9c77-5d3b2e2e2c03";
const plan = { publisher: MENDIX_OFFER.publisher, product: MENDIX_OFFER.product, name: MENDIX_OFFER.plans[0], version: "1.0.0" };
const app = (name: string, extra: Partial<ManagedApplicationLike> = {}): ManagedApplicationLike => ({
  id: `/subscriptions/${SUB}/resourceGroups/rg-${name}/providers/Microsoft.Solutions/applications/${name}`,
  name,
  location: "westeurope",
  plan,
  managedResourceGroupId: `/subscriptions/${SUB}/resourceGroups/mrg-${name}`,
  provisioningState: "Succeeded",
  ...extra,
});

describe("the offer filter", () => {
  it("keeps the offer's plans only, comparing identifiers without case", () => {
    expect(isMendixOffer(plan)).toBe(true);
    expect(isMendixOffer({ ...plan, publisher: "MENDIX", product: "Mendix-On-Azure" })).toBe(true);
    expect(isMendixOffer({ ...plan, publisher: "contoso" })).toBe(false);
    expect(isMendixOffer({ ...plan, product: "mendix-cloud" })).toBe(false);
    expect(isMendixOffer({ ...plan, name: "other-plan" })).toBe(false);
    expect(isMendixOffer(undefined)).toBe(false);
    expect(isMendixOffer({ publisher: "mendix" })).toBe(false);
  });

  it("turns the offer's applications into clusters and skips others, failed and deleting ones", () => {
    const found = mendixApplications([
      app("Shop-Prod", { location: "West Europe" }),
      app("other", { plan: { publisher: "contoso", product: "crm", name: "basic" } }),
      app("noplan", { plan: undefined }),
      app("broken", { provisioningState: "Failed" }),
      app("leaving", { provisioningState: "Deleting" }),
      app("nomrg", { managedResourceGroupId: undefined }),
      app("accepted", { provisioningState: "Accepted" }),
    ]);
    expect(found.map((a) => [a.name, a.region, a.managedResourceGroup])).toEqual([
      ["accepted", "westeurope", "mrg-accepted"],
      ["shop-prod", "westeurope", "mrg-Shop-Prod"],
    ]);
  });
});

describe("the rescan diff", () => {
  const known = (name: string, removed = false) => ({ id: `cluster-${name}`, managedApplicationId: app(name).id!.toUpperCase(), removedFromAzureAt: removed ? new Date() : null });

  it("adds new applications, marks vanished ones and unmarks returned ones, matching ids without case", () => {
    const found = mendixApplications([app("a"), app("new"), app("back")]);
    const diff = diffDiscovery([known("a"), known("gone"), known("back", true), known("still-gone", true)], found);
    expect(diff.added.map((a) => a.name)).toEqual(["new"]);
    expect(diff.removed).toEqual(["cluster-gone"]);
    expect(diff.returned).toEqual(["cluster-back"]);
    expect(diff.found).toBe(3);
  });

  it("changes nothing when Azure and the portal agree", () => {
    const diff = diffDiscovery([known("a")], mendixApplications([app("a")]));
    expect(diff).toEqual({ added: [], removed: [], returned: [], found: 1 });
  });

  it("names a cluster after its application, avoiding names the organisation has", () => {
    const [first] = mendixApplications([app("shop")]);
    expect(clusterNameFor(first, SUB, new Set())).toBe("shop");
    expect(clusterNameFor(first, SUB, new Set(["shop"]))).toBe("shop-7a3f5e4d");
    expect(clusterNameFor(first, SUB, new Set(["shop", "shop-7a3f5e4d"]))).toBe("shop-7a3f5e4d-2");
  });
});

describe("the connection input", () => {
  const good = { orgId: "5b0c2a56-54c3-4a55-9e8b-3c1e0f1a2b3c", tenantId: " C0A1B2C3-0000-4000-8000-00000000C001 ", subscriptionId: SUB, displayName: " Staging " };
  it("accepts GUIDs in any case and trims", () => {
    expect(ZAddConnection.parse(good)).toMatchObject({ tenantId: "c0a1b2c3-0000-4000-8000-00000000c001", displayName: "Staging" });
  });
  it("refuses non-GUIDs, NUL, empty and long names", () => {
    expect(ZAddConnection.safeParse({ ...good, subscriptionId: "not-a-guid" }).success).toBe(false);
    expect(ZAddConnection.safeParse({ ...good, tenantId: `${SUB}\u0000` }).success).toBe(false);
    expect(ZAddConnection.safeParse({ ...good, displayName: "  " }).success).toBe(false);
    expect(ZAddConnection.safeParse({ ...good, displayName: "a\u0000b" }).success).toBe(false);
    expect(ZAddConnection.safeParse({ ...good, displayName: "x".repeat(81) }).success).toBe(false);
  });
});

describe("the disconnect rule", () => {
  it("is stopped by every cluster that was initialized or is being changed, not by waiting or off-boarded ones", () => {
    const c = (name: string, status: string) => ({ name, status });
    expect(clustersInUse([c("a", "READY_TO_INITIALIZE"), c("b", "OFFBOARDED")])).toEqual([]);
    expect(clustersInUse([c("a", "READY_TO_INITIALIZE"), c("b", "INITIALIZED"), c("c", "INITIALIZING"), c("d", "FAILED"), c("e", "UPDATING"), c("f", "OFFBOARDING")])).toEqual(["b", "c", "d", "e", "f"]);
  });
});
