import "server-only";

// Sign-in throttling. Failures are counted per client address and per account *from that
// client*: a stranger who guesses wrong five times locks only themselves out of that account,
// never its owner signing in from elsewhere, while one client spraying many accounts is slowed
// by its own counter. Each counter delays further attempts progressively, then locks.

export interface ThrottlePolicy {
  /** Failures of one account from one client before that pair is locked. */
  maxFailures: number;
  lockMinutes: number;
}

export interface ThrottleRule {
  scope: "account" | "client";
  /** Failures answered without delay. */
  free: number;
  /** Failures that lock the key for the lock period. */
  max: number;
  lockMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** How much more a client may try across accounts than against one account. */
export const CLIENT_FAILURE_FACTOR = 5;

export function throttleRules(policy: ThrottlePolicy): ThrottleRule[] {
  const lockMs = policy.lockMinutes * MINUTE;
  return [
    { scope: "account", free: Math.max(policy.maxFailures - 3, 0), max: policy.maxFailures, lockMs },
    { scope: "client", free: policy.maxFailures * 2, max: policy.maxFailures * CLIENT_FAILURE_FACTOR, lockMs },
  ];
}

export function throttleKey(rule: ThrottleRule, email: string, client: string): string {
  return rule.scope === "account" ? `account:${email}|client:${client}` : `client:${client}`;
}

/**
 * How long a key must wait after its `failures`-th failure within the window: nothing while the
 * failures are free, then 2, 4, 8 … seconds, and the whole lock once `max` is reached.
 */
export function delayAfter(rule: ThrottleRule, failures: number): number {
  if (failures >= rule.max) return rule.lockMs;
  if (failures <= rule.free) return 0;
  return Math.min(2 ** (failures - rule.free) * SECOND, rule.lockMs);
}

/** The time left until `blockedUntil`, in whole minutes or seconds for the message. */
export function waitLeft(blockedUntil: Date | null, now: Date): { ms: number; minutes: number; seconds: number } {
  const ms = blockedUntil ? Math.max(blockedUntil.getTime() - now.getTime(), 0) : 0;
  return { ms, minutes: Math.ceil(ms / MINUTE), seconds: Math.ceil(ms / SECOND) };
}
