import "server-only";
import { z } from "zod";
import { auditSignInAttempt } from "../audit/sign-in-attempt";
import type { Db } from "../db";
import { delayAfter, throttleKey, throttleRules, waitLeft, type ThrottlePolicy } from "../domain/auth/sign-in-throttle";
import { DUMMY_HASH, verifyPassword } from "./password";

export const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid e-mail address.").max(254),
  password: z.string().min(1, "Enter your password.").max(200),
});

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" }
  /** Too many failures from this client: wait `seconds` (rounded up to `minutes` for the message). */
  | { ok: false; reason: "locked"; minutes: number; seconds: number };

interface RequestInfo {
  ip?: string | null;
  userAgent?: string | null;
}

/** Counts one failure atomically (concurrent wrong guesses each count) and returns the count in the window. */
async function countFailure(db: Db, key: string, windowMs: number, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - windowMs);
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO sign_in_throttles (key, failures, window_start, locked_until) VALUES (${key}, 1, ${now}, NULL)
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN sign_in_throttles.window_start > ${windowStart} THEN sign_in_throttles.failures + 1 ELSE 1 END,
      window_start = CASE WHEN sign_in_throttles.window_start > ${windowStart} THEN sign_in_throttles.window_start ELSE ${now} END
    RETURNING failures`;
  return Number(rows[0].failures);
}

async function blockUntil(db: Db, key: string, until: Date): Promise<void> {
  await db.$executeRaw`UPDATE sign_in_throttles SET locked_until = GREATEST(COALESCE(locked_until, ${until}), ${until}) WHERE key = ${key}`;
}

/**
 * Checks a password sign-in and audits the outcome. Failures are throttled per client and per
 * account from that client (server/domain/auth/sign-in-throttle.ts); the answers never tell
 * whether an account exists.
 */
export async function checkSignIn(db: Db, input: unknown, policy: ThrottlePolicy, request: RequestInfo = {}, now = new Date()): Promise<SignInResult> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const client = request.ip || "unknown";
  const rules = throttleRules(policy).map((rule) => ({ rule, key: throttleKey(rule, email, client) }));

  const states = await db.signInThrottle.findMany({ where: { key: { in: rules.map((r) => r.key) } } });
  const blockedUntil = states.reduce<Date | null>((latest, state) => (state.lockedUntil && (!latest || state.lockedUntil > latest) ? state.lockedUntil : latest), null);
  const wait = waitLeft(blockedUntil, now);
  const user = await db.user.findUnique({ where: { email }, include: { memberships: true } });

  const audit = (action: string, outcome: "SUCCESS" | "FAILURE" | "DENIED", purpose?: string) => auditSignInAttempt(db, { user, email, action, outcome, purpose, request });

  if (wait.ms > 0) {
    await audit("auth.sign-in", "DENIED", "throttled after repeated failures");
    return { ok: false, reason: "locked", minutes: wait.minutes, seconds: wait.seconds };
  }

  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || user.disabledAt) {
    let longest = 0;
    for (const { rule, key } of rules) {
      const failures = await countFailure(db, key, rule.lockMs, now);
      const delay = delayAfter(rule, failures);
      if (delay > 0) await blockUntil(db, key, new Date(now.getTime() + delay));
      longest = Math.max(longest, delay);
    }
    await audit("auth.sign-in", "FAILURE", longest > 0 ? `wrong password; further attempts delayed ${Math.ceil(longest / 1000)} s` : "wrong password");
    return { ok: false, reason: "invalid" };
  }

  await db.signInThrottle.deleteMany({ where: { key: rules.find((r) => r.rule.scope === "account")!.key } });
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await audit("auth.sign-in", "SUCCESS");
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
