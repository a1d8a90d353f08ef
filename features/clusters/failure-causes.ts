import { isMissingCode } from "@/lib/component-health";
import { errorMessage } from "./operation-types";

// One cause per failed component. The initialization records the cause on the cluster
// ("<component label>: <Azure's message>") and on the component; a later status refresh finds
// the never-created resource missing and would overwrite it with "no longer exists". The cause
// Azure gave when the creation failed is the one that tells the customer what to fix.

export interface FailedComponentInput {
  kind: string;
  label: string;
  name: string;
  state: string;
  lastError: unknown;
}

export interface ComponentCause {
  kind: string;
  label: string;
  name: string;
  /** The cause to show, or null when the component was simply never reached. */
  cause: string | null;
  notReached: boolean;
}


function codeOf(error: unknown): string | null {
  return error && typeof error === "object" && typeof (error as { code?: unknown }).code === "string" ? (error as { code: string }).code : null;
}

/** The cluster's failure: its code and message, and the component label it names (if any). */
export function clusterCause(clusterError: unknown, labels: readonly string[]): { text: string | null; label: string | null; code: string | null } {
  const text = errorMessage(clusterError);
  const message = clusterError && typeof clusterError === "object" ? (clusterError as { message?: unknown }).message : null;
  const label = typeof message === "string" ? (labels.find((candidate) => message.startsWith(`${candidate}:`)) ?? null) : null;
  return { text, label, code: codeOf(clusterError) };
}

export function componentCauses(clusterError: unknown, components: readonly FailedComponentInput[]): ComponentCause[] {
  const failed = components.filter((component) => component.state === "FAILED");
  const headline = clusterCause(clusterError, components.map((component) => component.label));
  return failed.map((component) => {
    const missing = isMissingCode(codeOf(component.lastError));
    if (headline.label === component.label && headline.code) {
      // The component the initialization stopped at: the cause Azure gave then.
      const message = (clusterError as { message: string }).message.slice(component.label.length + 1).trim();
      return { kind: component.kind, label: component.label, name: component.name, cause: `${headline.code}: ${message}`, notReached: false };
    }
    if (missing && headline.label) return { kind: component.kind, label: component.label, name: component.name, cause: null, notReached: true };
    return { kind: component.kind, label: component.label, name: component.name, cause: errorMessage(component.lastError), notReached: false };
  });
}
