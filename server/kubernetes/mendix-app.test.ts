import { describe, expect, it } from "vitest";
import { isSettled, mendixAppBody, settledState, type MendixAppObject } from "./mendix-app";

const app = (status: MendixAppObject["status"], generation = 2, deleting = false): MendixAppObject => ({
  metadata: { name: "shop", generation, ...(deleting ? { deletionTimestamp: "2026-01-01T00:00:00Z" } : {}) },
  spec: mendixAppBody({ environmentId: "e", name: "shop", plan: "SMALL", replicas: 1, appHost: null, databaseName: "env_x", filesContainer: "env-x" }).spec,
  status,
});

describe("MendixApp transforms", () => {
  it("writes the plan's resources, the data names and the package only when there is one", () => {
    const body = mendixAppBody({ environmentId: "e1", name: "shop", plan: "LARGE", replicas: 3, appHost: "shop.apps.example", databaseName: "env_a", filesContainer: "env-a" });
    expect(body.kind).toBe("MendixApp");
    expect(body.apiVersion).toBe("privatecloud.mendix.com/v1alpha1");
    expect(body.spec).toMatchObject({ replicas: 3, appURL: "shop.apps.example", database: { name: "env_a" }, storage: { container: "env-a" }, resources: { limits: { cpu: "4", memory: "4Gi" } } });
    expect(body.spec.sourceURL).toBeUndefined();
    const deployed = mendixAppBody({ environmentId: "e1", name: "shop", plan: "SMALL", replicas: 1, appHost: null, databaseName: "env_a", filesContainer: "env-a", source: { url: "u", modelVersion: "1.2.3", runtimeVersion: "10.24.3.1" } });
    expect(deployed.spec).toMatchObject({ sourceURL: "u", sourceVersion: "1.2.3", mendixRuntimeVersion: "10.24.3.1" });
    expect(deployed.spec.appURL).toBeUndefined();
  });

  it("is settled only when the operator observed the latest generation and reached a final phase", () => {
    expect(isSettled(app({ phase: "Running", observedGeneration: 2 }))).toBe(true);
    expect(isSettled(app({ phase: "Running", observedGeneration: 1 }))).toBe(false);
    expect(isSettled(app({ phase: "Deploying", observedGeneration: 2 }))).toBe(false);
    expect(isSettled(app({ phase: "Stopped", observedGeneration: 2 }, 2, true))).toBe(false);
    expect(isSettled(app(undefined))).toBe(false);
  });

  it("maps the operator's phases to environment states", () => {
    expect(settledState(app({ phase: "Running" }))).toBe("RUNNING");
    expect(settledState(app({ phase: "Stopped" }))).toBe("STOPPED");
    expect(settledState(app({ phase: "Failed" }))).toBe("FAILED");
    expect(settledState(app({ phase: "Whatever" }))).toBe("FAILED");
  });
});
