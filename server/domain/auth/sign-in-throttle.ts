import "server-only";

export interface ThrottleState {
  failures: number;
  windowStart: Date;
  lockedUntil: Date | null;
}

export interface ThrottlePolicy {
  maxFailures: number;
  lockMinutes: number;
}

const MINUTE = 60_000;

/** Minutes left on a lock, or 0 when sign-in may be attempted. */
export function lockedMinutesLeft(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil || state.lockedUntil <= now) return 0;
  return Math.ceil((state.lockedUntil.getTime() - now.getTime()) / MINUTE);
}

/**
 * The state after one failed attempt. Failures count within a window as long as the lock;
 * reaching the maximum locks the address for `lockMinutes`, whether or not the account exists.
 */
export function afterFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const windowMs = policy.lockMinutes * MINUTE;
  const inWindow = state && now.getTime() - state.windowStart.getTime() < windowMs && lockedMinutesLeft(state, now) === 0;
  const failures = inWindow && state ? state.failures + 1 : 1;
  const windowStart = inWindow && state ? state.windowStart : now;
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + windowMs) : null;
  return { failures: lockedUntil ? 0 : failures, windowStart, lockedUntil };
}
