import "server-only";
import type { Translation } from "@/lib/i18n/translation";
import { PREFLIGHT_LABELS, preflightMessages } from "@/lib/messages-initialize";
import type { PreflightCheck } from "@/lib/preflight";
import { TOKENS_PER_ENVIRONMENT } from "@/lib/environments";

// Pure evaluation of the pre-flight checks (PRODUCT.md §2). The use case run-preflight.ts gathers
// the facts from Azure and the database; these functions only judge them (unit-tested), in the
// texts of one language (English unless the caller passes the request's).

export interface PreflightTexts {
  labels: Translation<typeof PREFLIGHT_LABELS>;
  t: Translation<typeof preflightMessages>;
}

export const ENGLISH_PREFLIGHT: PreflightTexts = { labels: PREFLIGHT_LABELS, t: preflightMessages };

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

export function evaluateProviders(providers: { namespace?: string; registrationState?: string }[], { labels, t }: PreflightTexts = ENGLISH_PREFLIGHT): PreflightCheck {
  const state = new Map(providers.map((p) => [String(p.namespace ?? "").toLowerCase(), p.registrationState ?? "NotRegistered"]));
  const missing = REQUIRED_PROVIDERS.filter((ns) => state.get(ns.toLowerCase()) !== "Registered");
  if (missing.length === 0) return { id: "providers", label: labels.providers, status: "done", message: t.providersDone(REQUIRED_PROVIDERS.length) };
  const registering = missing.filter((ns) => state.get(ns.toLowerCase()) === "Registering");
  return {
    id: "providers",
    label: labels.providers,
    status: "failed",
    message: registering.length ? t.providersRegistering(missing.join(", "), registering.join(", ")) : t.providersMissing(missing.join(", ")),
    fixHint: missing.map((ns) => t.providersFix(ns)).join("\n"),
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

export function evaluateVmSize(skus: SkuFacts[], vmSize: string, location: string, { labels, t }: PreflightTexts = ENGLISH_PREFLIGHT): PreflightCheck {
  const base = { id: "vmSize" as const, label: labels.vmSize };
  const offered = offeredVmSizes(skus, location);
  if (offered.some((name) => name.toLowerCase() === vmSize.toLowerCase())) return { ...base, status: "done", message: t.vmSizeOffered(vmSize, location) };
  const listed = skus.find((sku) => sku.name?.toLowerCase() === vmSize.toLowerCase() && (sku.locations ?? []).some((l) => normalize(l) === normalize(location)));
  const reason = listed ? t.vmSizeRestricted(vmSize, location, listed.restrictions?.[0]?.reasonCode ?? "restricted") : t.vmSizeNotOffered(vmSize, location);
  return {
    ...base,
    status: "failed",
    message: reason,
    fixHint: offered.length ? t.vmSizeFix(offered.slice(0, 3).join(", ")) : t.vmSizeFixNone,
  };
}

export interface RoleAssignmentFacts {
  principalId?: string;
  roleDefinitionId?: string;
  scope?: string;
}

export function evaluateOwner(principalId: string | null, assignments: RoleAssignmentFacts[], subscriptionId: string, { labels, t }: PreflightTexts = ENGLISH_PREFLIGHT): PreflightCheck {
  const base = { id: "owner" as const, label: labels.owner };
  if (!principalId) {
    return { ...base, status: "failed", message: t.ownerUnlinked, fixHint: t.ownerUnlinkedFix };
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
  if (owner) return { ...base, status: "done", message: t.ownerDone };
  return {
    ...base,
    status: "failed",
    message: t.ownerMissing,
    fixHint: t.ownerFix(`az role assignment create --assignee ${principalId} --role Owner --scope /subscriptions/${subscriptionId}`),
  };
}

/**
 * Entitlement at initialization (our reading of "14 cloud tokens per environment"): an active
 * trial, or enough tokens for every environment the organisation already runs plus the first
 * environment of the new cluster: tokens >= 14 × (environments + 1).
 */
export function evaluateEntitlement(org: { trialEndsAt: Date | null; cloudTokens: number }, environmentsInOrg: number, now: Date, { labels, t }: PreflightTexts = ENGLISH_PREFLIGHT): PreflightCheck {
  const base = { id: "entitlement" as const, label: labels.entitlement };
  if (org.trialEndsAt && org.trialEndsAt.getTime() > now.getTime()) {
    return { ...base, status: "done", message: t.trialActive(org.trialEndsAt.toISOString().slice(0, 10)) };
  }
  const needed = TOKENS_PER_ENVIRONMENT * (environmentsInOrg + 1);
  if (org.cloudTokens >= needed) return { ...base, status: "done", message: t.tokensEnough(org.cloudTokens, needed, TOKENS_PER_ENVIRONMENT, environmentsInOrg) };
  return {
    ...base,
    status: "failed",
    message: (org.trialEndsAt ? t.tokensShortTrialEnded : t.tokensShort)(org.cloudTokens, needed, TOKENS_PER_ENVIRONMENT, environmentsInOrg),
    fixHint: t.tokensFix,
  };
}
