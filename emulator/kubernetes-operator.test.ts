import { describe, expect, it } from "vitest";
import { beginTransition, settle, transitionalPhase } from "./kubernetes-operator";
import type { KubeFaultWithState } from "./kubernetes-types";

const app = (spec: Record<string, unknown>, status: Record<string, unknown> = {}, deleting = false) => ({
  metadata: { name: "shop", generation: 3, ...(deleting ? { deletionTimestamp: "2026-01-01T00:00:00Z" } : {}) },
  spec,
  status,
});

describe("emulated Mendix Operator", () => {
  it("names what it is doing while it works", () => {
    expect(transitionalPhase(app({ replicas: 1, sourceURL: "b" }, { phase: "Running", sourceURL: "a" }))).toBe("Deploying");
    expect(transitionalPhase(app({ replicas: 2, sourceURL: "a" }, { phase: "Stopped", sourceURL: "a" }))).toBe("Starting");
    expect(transitionalPhase(app({ replicas: 0, sourceURL: "a" }, { phase: "Running", sourceURL: "a" }))).toBe("Stopping");
    expect(transitionalPhase(app({ replicas: 3, sourceURL: "a" }, { phase: "Running", sourceURL: "a" }))).toBe("Scaling");
    expect(transitionalPhase(app({ replicas: 0 }, {}, true))).toBe("Deleting");
    const working = app({ replicas: 1, sourceURL: "a" }, { phase: "Stopped", sourceURL: "a", observedGeneration: 2 });
    beginTransition(working);
    expect(working.status).toMatchObject({ phase: "Starting", observedGeneration: 2 });
  });

  it("settles Running with the replicas, Stopped without a package or replicas, Failed on a fault", () => {
    const running = app({ replicas: 2, sourceURL: "a", mendixRuntimeVersion: "10.24.3", appURL: "shop.example" });
    settle(running, undefined);
    expect(running.status).toMatchObject({ phase: "Running", readyReplicas: 2, observedGeneration: 3, runtimeVersion: "10.24.3", appURLs: ["https://shop.example"] });
    const empty = app({ replicas: 2 });
    settle(empty, undefined);
    expect(empty.status).toMatchObject({ phase: "Stopped", readyReplicas: 0, message: "No deployment package." });
    const failed = app({ replicas: 1, sourceURL: "a" });
    settle(failed, { kind: "operatorFailure", message: "boom", id: "f", fired: 1 } as KubeFaultWithState);
    expect(failed.status).toMatchObject({ phase: "Failed", readyReplicas: 0, message: "boom", observedGeneration: 3 });
  });
});
