// Small typed client for the emulator's admin API (/_emulator/...), for tests and benchmarks.
import type {
  EmulatorPublicConfig,
  FaultRule,
  FaultRuleWithState,
  RequestCounts,
  RoleAssignmentSeed,
  SubscriptionSpec,
} from "./types";

export class EmulatorAdminClient {
  private readonly base: string;

  constructor(emulatorUrl: string) {
    this.base = emulatorUrl.replace(/\/$/, "") + "/_emulator";
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(this.base + path, {
      method,
      headers: body === undefined ? undefined : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const json = text ? JSON.parse(text) : undefined;
    if (!res.ok) throw new Error(`ARM emulator admin ${method} ${path} failed: ${res.status} ${text}`);
    return json as T;
  }

  health(): Promise<{ status: string }> {
    return this.call("GET", "/health");
  }
  config(): Promise<EmulatorPublicConfig> {
    return this.call("GET", "/config");
  }
  /** Change the provisioning duration at runtime. */
  setProvisionMs(provisionMs: number): Promise<EmulatorPublicConfig> {
    return this.call("POST", "/settings", { provisionMs });
  }
  /** Clears all resources, operations, role assignments, faults and request counts. */
  reset(): Promise<void> {
    return this.call("POST", "/reset");
  }
  /** Writes the state file now. */
  flush(): Promise<void> {
    return this.call("POST", "/flush");
  }
  async addFault(rule: FaultRule): Promise<string> {
    const r = await this.call<{ ids: string[] }>("POST", "/faults", rule);
    return r.ids[0];
  }
  async addFaults(rules: FaultRule[]): Promise<string[]> {
    return (await this.call<{ ids: string[] }>("POST", "/faults", rules)).ids;
  }
  async listFaults(): Promise<FaultRuleWithState[]> {
    return (await this.call<{ faults: FaultRuleWithState[] }>("GET", "/faults")).faults;
  }
  clearFaults(id?: string): Promise<void> {
    return this.call("DELETE", id ? `/faults/${encodeURIComponent(id)}` : "/faults");
  }
  /** Changes a resource behind the portal's back: deep-merges `patch` into the stored resource (null deletes a key). */
  drift(id: string, patch: Record<string, unknown>): Promise<{ resource: Record<string, any> }> {
    return this.call("POST", "/drift", { id, patch });
  }
  /** Deletes a resource (and its children) behind the portal's back. */
  driftDelete(id: string): Promise<void> {
    return this.call("POST", "/drift", { id, delete: true });
  }
  requests(): Promise<RequestCounts> {
    return this.call("GET", "/requests");
  }
  resetRequests(): Promise<void> {
    return this.call("DELETE", "/requests");
  }
  resources(type?: string): Promise<{ count: number; resources: Array<{ id: string; type: string; provisioningState?: string }> }> {
    return this.call("GET", "/resources" + (type ? `?type=${encodeURIComponent(type)}` : ""));
  }
  setRoleAssignments(assignments: RoleAssignmentSeed[], replace = true): Promise<{ value: unknown[] }> {
    return this.call("POST", "/role-assignments", { assignments, replace });
  }
  clearRoleAssignments(): Promise<void> {
    return this.call("DELETE", "/role-assignments");
  }
  /** subscriptionId omitted = every subscription (and the default for new ones). */
  setProviderState(namespace: string, registrationState: "Registered" | "NotRegistered" | "Unregistered" | "Registering", subscriptionId?: string): Promise<void> {
    return this.call("POST", "/providers", { namespace, registrationState, subscriptionId });
  }
  setSubscription(spec: SubscriptionSpec): Promise<Record<string, unknown>> {
    return this.call("POST", "/subscriptions", spec);
  }
}
