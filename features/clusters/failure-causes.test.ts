import { describe, expect, it } from "vitest";
import { clusterCause, componentCauses } from "./failure-causes";

const quota = { code: "QuotaExceeded", message: "Kubernetes service: Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota." };
const missing = { code: "ResourceNotFound", message: "The resource no longer exists in the managed resource group." };

describe("failure causes", () => {
  it("names the component the cluster's failure names", () => {
    expect(clusterCause(quota, ["Managed Grafana", "Kubernetes service"])).toMatchObject({ label: "Kubernetes service", code: "QuotaExceeded" });
    expect(clusterCause({ code: "X", message: "no label" }, ["Kubernetes service"]).label).toBeNull();
    expect(clusterCause(null, []).text).toBeNull();
  });

  it("keeps the creation's cause for the component a refresh later found missing", () => {
    const causes = componentCauses(quota, [
      { kind: "AKS", label: "Kubernetes service", name: "aks-mendix", state: "FAILED", lastError: missing },
      { kind: "GRAFANA", label: "Managed Grafana", name: "grafana-x", state: "FAILED", lastError: missing },
      { kind: "ACR", label: "Container registry", name: "acr", state: "SUCCEEDED", lastError: null },
    ]);
    expect(causes).toEqual([
      { kind: "AKS", label: "Kubernetes service", name: "aks-mendix", cause: "QuotaExceeded: Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota.", notReached: false },
      { kind: "GRAFANA", label: "Managed Grafana", name: "grafana-x", cause: null, notReached: true },
    ]);
  });

  it("shows a component's own cause when the cluster's failure does not name a component", () => {
    const causes = componentCauses({ code: "Boom", message: "Something" }, [{ kind: "AKS", label: "Kubernetes service", name: "aks", state: "FAILED", lastError: { code: "ProvisioningFailed", message: "Azure reports provisioning state Failed." } }]);
    expect(causes[0]).toMatchObject({ cause: "ProvisioningFailed: Azure reports provisioning state Failed.", notReached: false });
  });
});
