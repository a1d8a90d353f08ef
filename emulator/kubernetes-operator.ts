// The emulated Mendix Operator: what it does to a MendixApp's status when its spec changes (the
// transitional phase at once) and when it has finished the work (the settled phase). Pure
// functions over the resource; the Kubernetes API schedules them.
import type { KubeFaultWithState, KubeJson } from "./kubernetes-types";

function now(): string {
  return new Date().toISOString();
}

/** Phase shown while the operator works on a new generation of the spec. */
export function transitionalPhase(app: KubeJson): string {
  const spec = app.spec ?? {};
  const status = app.status ?? {};
  if (app.metadata?.deletionTimestamp) return "Deleting";
  const replicas = Number(spec.replicas ?? 0);
  if (spec.sourceURL && spec.sourceURL !== status.sourceURL) return "Deploying";
  if (replicas > 0 && status.phase !== "Running") return "Starting";
  if (replicas === 0 && status.phase === "Running") return "Stopping";
  return status.phase === "Running" ? "Scaling" : "Updating";
}

/** Marks the app as being worked on (status only; observedGeneration stays behind). */
export function beginTransition(app: KubeJson): void {
  app.status = { ...(app.status ?? {}), phase: transitionalPhase(app), message: "", lastTransitionTime: now() };
}

/** The status once the operator is done with the current generation. */
export function settle(app: KubeJson, fault: KubeFaultWithState | undefined): void {
  const spec = app.spec ?? {};
  const base = { ...(app.status ?? {}), observedGeneration: app.metadata.generation, lastTransitionTime: now() };
  if (fault) {
    app.status = { ...base, phase: "Failed", replicas: 0, readyReplicas: 0, message: fault.kind === "operatorFailure" && fault.message ? fault.message : "The Mendix app failed to start: the runtime exited with an error (injected fault)." };
    return;
  }
  if (!spec.sourceURL) {
    app.status = { ...base, phase: "Stopped", replicas: 0, readyReplicas: 0, message: "No deployment package." };
    return;
  }
  const replicas = Math.max(0, Number(spec.replicas ?? 0));
  app.status = {
    ...base,
    phase: replicas > 0 ? "Running" : "Stopped",
    replicas,
    readyReplicas: replicas,
    runtimeVersion: spec.mendixRuntimeVersion ?? null,
    sourceURL: spec.sourceURL,
    sourceVersion: spec.sourceVersion ?? null,
    appURLs: spec.appURL ? [`https://${spec.appURL}`] : [],
    message: "",
  };
}
