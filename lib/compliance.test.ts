import { describe, expect, it } from "vitest";
import { COMPLIANCE_CONTROLS, COMPLIANCE_EXCEPTIONS, evaluateCompliance, type ComplianceFacts, type ControlId } from "./compliance";

const at = new Date("2026-12-02T10:00:00Z");

function facts(overrides: Partial<ComplianceFacts> = {}): ComplianceFacts {
  const good: ComplianceFacts = {
    "storage-encryption": [{ resource: "stprod", value: true }, { resource: "stbkprod", value: true }],
    "storage-public-blob-access": [{ resource: "stprod", value: false }, { resource: "stbkprod", value: false }],
    "postgres-secure-transport": [{ resource: "psql-prod", value: "on" }],
    "postgres-minimum-tls": [{ resource: "psql-prod", value: "TLSv1.2" }],
    "postgres-public-network-access": [{ resource: "psql-prod", value: "Disabled" }],
    "aks-local-accounts-disabled": [{ resource: "aks-mendix", value: true }],
    "aks-rbac": [{ resource: "aks-mendix", value: true }],
    "acr-admin-user-disabled": [{ resource: "acrprod", value: false }],
  };
  return { ...good, ...overrides };
}

const stateOf = (report: ReturnType<typeof evaluateCompliance>, id: ControlId) => report.controls.find((control) => control.id === id)!;

describe("compliance evaluation", () => {
  it("has the five documented exceptions and a rule for every control", () => {
    expect(COMPLIANCE_EXCEPTIONS).toHaveLength(5);
    const report = evaluateCompliance(facts(), at);
    expect(report.checkedAt).toBe("2026-12-02T10:00:00.000Z");
    expect(report.controls.map((control) => control.id)).toEqual(COMPLIANCE_CONTROLS.map((control) => control.id));
    expect(report.controls.every((control) => control.state === "compliant")).toBe(true);
  });

  it("fails a control when any one of its resources deviates, naming what Azure returned", () => {
    const report = evaluateCompliance(facts({ "storage-public-blob-access": [{ resource: "stprod", value: false }, { resource: "stbkprod", value: true }] }), at);
    expect(stateOf(report, "storage-public-blob-access")).toEqual({ id: "storage-public-blob-access", state: "non-compliant", observed: ["stprod: false", "stbkprod: true"] });
  });

  it.each([
    ["postgres-minimum-tls", "TLSv1.3", "compliant"],
    ["postgres-minimum-tls", "TLSv1.1", "non-compliant"],
    ["postgres-secure-transport", "OFF", "non-compliant"],
    ["postgres-secure-transport", "ON", "compliant"],
    ["postgres-public-network-access", "Enabled", "non-compliant"],
    ["aks-local-accounts-disabled", undefined, "non-compliant"],
    ["aks-rbac", false, "non-compliant"],
    ["acr-admin-user-disabled", true, "non-compliant"],
    ["storage-encryption", undefined, "non-compliant"],
  ] as const)("%s = %s is %s", (id, value, state) => {
    expect(stateOf(evaluateCompliance(facts({ [id]: [{ resource: "r", value }] }), at), id).state).toBe(state);
  });

  it("is unknown when the resource was not found, and says 'not set' for a missing property", () => {
    expect(stateOf(evaluateCompliance(facts({ "aks-rbac": null }), at), "aks-rbac")).toEqual({ id: "aks-rbac", state: "unknown", observed: [] });
    expect(stateOf(evaluateCompliance(facts({ "aks-local-accounts-disabled": [{ resource: "aks", value: undefined }] }), at), "aks-local-accounts-disabled").observed).toEqual(["aks: not set"]);
  });
});
