import "server-only";
import { PREFLIGHT_LABELS } from "@/lib/messages-initialize";
import type { PreflightCheck } from "@/lib/preflight";
import { TOKENS_PER_ENVIRONMENT } from "@/lib/environments";

// Pure evaluation of the pre-flight checks (PRODUCT.md §2). The use case run-preflight.ts gathers
// the facts from Azure and the database; these functions only judge them (unit-tested).

export const REQUIRED_PROVIDERS = [
  "Microsoft.ContainerService",
  "Microsoft.DBforPostgreSQL",
  "Microsoft.ContainerRegistry",
  "Microsoft.Storage",
  "Microsoft.Dashboard",
  "Microsoft.Monitor",
  "Microsoft.OperationalInsights",
  "Microsoft.Network",
] as const;

export const OWNER_ROLE_DEFINITION_ID = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";

export function evaluateProviders(providers: { namespace?: string; registrationState?: string }[]): PreflightCheck {
  const state = new Map(providers.map((p) => [String(p.namespace ?? "").toLowerCase(), p.registrationState ?? "NotRegistered"]));
  const missing = REQUIRED_PROVIDERS.filter((ns) => state.get(ns.toLowerCase()) !== "Registered");
  if (missing.length === 0) return { id: "providers", label: PREFLIGHT_LABELS.providers, status: "done", message: `All ${REQUIRED_PROVIDERS.length} resource providers are registered.` };
  const registering = missing.filter((ns) => state.get(ns.toLowerCase()) === "Registering");
  return {
    id: "providers",
    label: PREFLIGHT_LABELS.providers,
    status: "failed",
    message: `Not registered: ${missing.join(", ")}${registering.length ? ` (registering: ${registering.join(", ")}; this takes a few minutes)` : ""}.`,
    fixHint: missing.map((ns) => `Register it: az provider register --namespace ${ns}`).join("\n"),
    action: "registerProviders",
  };
}

export interface SkuFacts {
  name?: string;
  resourceType?: string;
  locations?: string[];
  restrictions?: { type?: string; values?: string[]; reasonCode?: string }[];
}

const normalize = (location: string) => location.replace(/\s/g, "").toLowerCase();

/** VM sizes offered to the subscription in `location` (listed there and not restricted). */
export function offeredVmSizes(skus: SkuFacts[], location: string): string[] {
  const loc = normalize(location);
  return skus
    .filter((sku) => (sku.resourceType ?? "virtualMachines") === "virtualMachines" && sku.name)
    .filter((sku) => (sku.locations ?? []).some((l) => normalize(l) === loc))
    .filter((sku) => !(sku.restrictions ?? []).some((r) => r.type === "Location" && (r.values ?? []).some((v) => normalize(v) === loc)))
    .map((sku) => sku.name!)
    .sort();
}

export function evaluateVmSize(skus: SkuFacts[], vmSize: string, location: string): PreflightCheck {
  const base = { id: "vmSize" as const, label: PREFLIGHT_LABELS.vmSize };
  const offered = offeredVmSizes(skus, location);
  if (offered.some((name) => name.toLowerCase() === vmSize.toLowerCase())) return { ...base, status: "done", message: `${vmSize} is offered in ${location}.` };
  const listed = skus.find((sku) => sku.name?.toLowerCase() === vmSize.toLowerCase() && (sku.locations ?? []).some((l) => normalize(l) === normalize(location)));
  const reason = listed ? `${vmSize} is restricted for this subscription in ${location} (${listed.restrictions?.[0]?.reasonCode ?? "restricted"}).` : `${vmSize} is not offered in ${location}.`;
  return {
    ...base,
    status: "failed",
    message: reason,
    fixHint: offered.length ? `Choose another node VM size, e.g. ${offered.slice(0, 3).join(", ")}; or ask Microsoft support to lift the restriction.` : "Ask Microsoft support for access to VM sizes in this region.",
  };
}

export interface RoleAssignmentFacts {
  principalId?: string;
  roleDefinitionId?: string;
  scope?: string;
}

export function evaluateOwner(principalId: string | null, assignments: RoleAssignmentFacts[], subscriptionId: string): PreflightCheck {
  const base = { id: "owner" as const, label: PREFLIGHT_LABELS.owner };
  if (!principalId) {
    return { ...base, status: "failed", message: "Your portal account is not linked to a Microsoft Entra identity.", fixHint: "Sign in with the Microsoft Entra account that owns the subscription, or ask a subscription Owner to initialize the cluster." };
  }
  const subScope = `/subscriptions/${subscriptionId}`.toLowerCase();
  const owner = assignments.some((a) => {
    const scope = (a.scope ?? "").toLowerCase();
    return (
      a.principalId?.toLowerCase() === principalId.toLowerCase() &&
      (a.roleDefinitionId ?? "").toLowerCase().endsWith(OWNER_ROLE_DEFINITION_ID) &&
      (scope === "/" || scope === subScope)
    );
  });
  if (owner) return { ...base, status: "done", message: "You hold the Owner role on the subscription." };
  return {
    ...base,
    status: "failed",
    message: "You do not hold the Owner role on the subscription.",
    fixHint: `Ask a subscription Owner to run: az role assignment create --assignee ${principalId} --role Owner --scope /subscriptions/${subscriptionId}`,
  };
}

/**
 * Entitlement at initialization (our reading of "14 cloud tokens per environment"): an active
 * trial, or enough tokens for every environment the organisation already runs plus the first
 * environment of the new cluster: tokens >= 14 × (environments + 1).
 */
export function evaluateEntitlement(org: { trialEndsAt: Date | null; cloudTokens: number }, environmentsInOrg: number, now: Date): PreflightCheck {
  const base = { id: "entitlement" as const, label: PREFLIGHT_LABELS.entitlement };
  if (org.trialEndsAt && org.trialEndsAt.getTime() > now.getTime()) {
    return { ...base, status: "done", message: `Trial active until ${org.trialEndsAt.toISOString().slice(0, 10)}.` };
  }
  const needed = TOKENS_PER_ENVIRONMENT * (environmentsInOrg + 1);
  if (org.cloudTokens >= needed) return { ...base, status: "done", message: `${org.cloudTokens} cloud tokens; ${needed} needed (14 per environment: the ${environmentsInOrg} the organisation has + the first of this cluster).` };
  return {
    ...base,
    status: "failed",
    message: `${org.cloudTokens} cloud tokens; ${needed} needed (${TOKENS_PER_ENVIRONMENT} per environment: ${environmentsInOrg} running + the first of this cluster)${org.trialEndsAt ? "; the trial has ended" : ""}.`,
    fixHint: "Buy more cloud tokens or start a trial, then run the checks again.",
  };
}
