import "server-only";
import { FREE_PERIOD_DAYS, TOKENS_PER_ENVIRONMENT } from "@/lib/environments";

// Licensing of a new environment (PRODUCT.md §15): free for 120 days, then 14 cloud tokens;
// creating one needs an active trial or enough tokens for every environment of the organisation
// plus the new one (the same reading as the initialization pre-flight check).

export type EntitlementVerdict = { allowed: true; reason: string } | { allowed: false; reason: string };

export function environmentEntitlement(org: { trialEndsAt: Date | null; cloudTokens: number }, environmentsInOrg: number, now: Date): EntitlementVerdict {
  if (org.trialEndsAt && org.trialEndsAt.getTime() > now.getTime()) return { allowed: true, reason: `Trial active until ${org.trialEndsAt.toISOString().slice(0, 10)}.` };
  const needed = TOKENS_PER_ENVIRONMENT * (environmentsInOrg + 1);
  if (org.cloudTokens >= needed) return { allowed: true, reason: `${org.cloudTokens} cloud tokens cover ${environmentsInOrg + 1} environments.` };
  return {
    allowed: false,
    reason: `Creating an environment needs an active trial or ${TOKENS_PER_ENVIRONMENT} cloud tokens per environment: the organisation has ${org.cloudTokens} tokens and ${environmentsInOrg} environments, so ${needed} are needed${org.trialEndsAt ? " (the trial has ended)" : ""}. Buy cloud tokens or start a trial.`,
  };
}

/** When a new environment's free period ends. */
export function freePeriodEnd(createdAt: Date): Date {
  return new Date(createdAt.getTime() + FREE_PERIOD_DAYS * 86_400_000);
}
