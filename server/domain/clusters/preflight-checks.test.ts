import { describe, expect, it } from "vitest";
import { initializeCatalogue } from "@/lib/i18n/catalogues/messages-initialize";
import { evaluateEntitlement, evaluateOwner, evaluateProviders, evaluateVmSize, offeredVmSizes, OWNER_ROLE_DEFINITION_ID, REQUIRED_PROVIDERS } from "./preflight-checks";

const registered = REQUIRED_PROVIDERS.map((namespace) => ({ namespace, registrationState: "Registered" }));
const skus = [
  { name: "Standard_D4s_v5", resourceType: "virtualMachines", locations: ["westeurope"], restrictions: [] },
  { name: "Standard_D8s_v5", resourceType: "virtualMachines", locations: ["uksouth"], restrictions: [{ type: "Location", values: ["uksouth"], reasonCode: "NotAvailableForSubscription" }] },
  { name: "Standard_E4s_v5", resourceType: "virtualMachines", locations: ["WestEurope"] },
];

describe("pre-flight evaluation", () => {
  it("providers: Done when all eight are registered, else Failed with the az command per namespace", () => {
    expect(evaluateProviders(registered).status).toBe("done");
    const check = evaluateProviders(registered.map((p) => (p.namespace === "Microsoft.Monitor" ? { ...p, registrationState: "NotRegistered" } : p)).filter((p) => p.namespace !== "Microsoft.Dashboard"));
    expect(check.status).toBe("failed");
    expect(check.fixHint).toBe("Register it: az provider register --namespace Microsoft.Dashboard\nRegister it: az provider register --namespace Microsoft.Monitor");
    expect(check.action).toBe("registerProviders");
  });
  it("VM size: offered, restricted, or not offered", () => {
    expect(offeredVmSizes(skus, "westeurope")).toEqual(["Standard_D4s_v5", "Standard_E4s_v5"]);
    expect(evaluateVmSize(skus, "Standard_D4s_v5", "westeurope").status).toBe("done");
    expect(evaluateVmSize(skus, "Standard_D8s_v5", "uksouth")).toMatchObject({ status: "failed", message: expect.stringContaining("NotAvailableForSubscription") });
    expect(evaluateVmSize(skus, "Standard_M8", "westeurope")).toMatchObject({ status: "failed", message: "Standard_M8 is not offered in westeurope." });
  });
  it("owner: needs Owner at the subscription (or root) for the user's principal", () => {
    const sub = "s-1";
    const owner = { principalId: "P", roleDefinitionId: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${OWNER_ROLE_DEFINITION_ID}`, scope: `/subscriptions/${sub}` };
    expect(evaluateOwner("p", [owner], sub).status).toBe("done");
    expect(evaluateOwner("p", [{ ...owner, scope: `/subscriptions/${sub}/resourceGroups/rg` }], sub).status).toBe("failed");
    expect(evaluateOwner("p", [{ ...owner, roleDefinitionId: "b24988ac-6180-42a0-ab88-20f7382dd24c" }], sub).status).toBe("failed");
    expect(evaluateOwner("q", [owner], sub).status).toBe("failed");
    expect(evaluateOwner(null, [owner], sub).message).toContain("not linked");
  });
  it("entitlement: active trial, or 14 tokens per environment of the organisation plus the first of the new cluster", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    expect(evaluateEntitlement({ trialEndsAt: new Date("2026-06-02T00:00:00Z"), cloudTokens: 0 }, 10, now).status).toBe("done");
    expect(evaluateEntitlement({ trialEndsAt: new Date("2026-05-31T00:00:00Z"), cloudTokens: 13 }, 0, now).status).toBe("failed");
    expect(evaluateEntitlement({ trialEndsAt: null, cloudTokens: 14 }, 0, now).status).toBe("done");
    expect(evaluateEntitlement({ trialEndsAt: null, cloudTokens: 55 }, 3, now).status).toBe("failed");
    expect(evaluateEntitlement({ trialEndsAt: null, cloudTokens: 56 }, 3, now).status).toBe("done");
  });
  it("words its results in the language it is given", () => {
    const { PREFLIGHT_LABELS: labels, preflightMessages: t } = initializeCatalogue.ja;
    expect(evaluateVmSize(skus, "Standard_M8", "westeurope", { labels, t })).toMatchObject({ label: "リージョンで利用できるノードの VM サイズ", message: "Standard_M8 は westeurope で提供されていません。" });
    expect(evaluateOwner(null, [], "s", { labels, t }).message).toBe(initializeCatalogue.ja.preflightMessages.ownerUnlinked);
  });
});
