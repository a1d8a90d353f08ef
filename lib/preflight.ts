// Shapes shared by the initialization wizard and the server (no server-only imports here).

export type PreflightStatus = "pending" | "running" | "done" | "failed";

export type PreflightCheckId = "providers" | "vmSize" | "owner" | "entitlement";

export interface PreflightCheck {
  id: PreflightCheckId;
  label: string;
  status: PreflightStatus;
  message: string;
  /** What the customer can do about a failure. */
  fixHint?: string;
  /** A one-click fix the portal can do itself (register the missing resource providers). */
  action?: "registerProviders";
}

export interface PreflightResult {
  checks: PreflightCheck[];
  /** VM sizes offered to the subscription in the cluster's region (for the node size field). */
  vmSizes: string[];
  region: string;
  ok: boolean;
}

export const PREFLIGHT_ORDER: PreflightCheckId[] = ["providers", "vmSize", "owner", "entitlement"];
