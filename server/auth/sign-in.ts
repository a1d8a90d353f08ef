import "server-only";
import { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Db } from "../db";
import { afterFailure, lockedMinutesLeft, type ThrottlePolicy } from "../domain/auth/sign-in-throttle";
import { DUMMY_HASH, verifyPassword } from "./password";

export const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid e-mail address.").max(254),
  password: z.string().min(1, "Enter your password.").max(200),
});

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" | "locked"; minutesLeft?: number };

interface RequestInfo {
  ip?: string | null;
  userAgent?: string | null;
}

/** Checks a password sign-in, throttles repeated failures per address, and audits the outcome. */
export async function checkSignIn(db: Db, input: unknown, policy: ThrottlePolicy, request: RequestInfo = {}, now = new Date()): Promise<SignInResult> {
  const parsed = ZSignIn.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const throttle = await db.signInThrottle.findUnique({ where: { key: email } });
  const minutesLeft = lockedMinutesLeft(throttle, now);
  const user = await db.user.findUnique({ where: { email }, include: { memberships: true } });
  const orgIds = user?.memberships.map((membership) => membership.orgId) ?? [];

  const audit = (action: string, outcome: "SUCCESS" | "FAILURE" | "DENIED", purpose?: string) =>
    Promise.all(
      (orgIds.length ? orgIds : [null]).map((orgId) =>
        recordAudit(db, {
          orgId,
          actorKind: user ? (user.staffRole ? "STAFF" : "USER") : "ANONYMOUS",
          actorEmail: email,
          actorId: user?.id ?? null,
          action,
          targetType: "user",
          targetId: user?.id,
          outcome,
          purpose,
          ip: request.ip,
          userAgent: request.userAgent,
        }),
      ),
    );

  if (minutesLeft > 0) {
    await audit("auth.sign-in", "DENIED", "locked after repeated failures");
    return { ok: false, reason: "locked", minutesLeft };
  }

  const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !valid || user.disabledAt) {
    const next = afterFailure(throttle, now, policy);
    await db.signInThrottle.upsert({ where: { key: email }, create: { key: email, ...next }, update: next });
    await audit("auth.sign-in", "FAILURE", next.lockedUntil ? "wrong password; address locked" : "wrong password");
    return next.lockedUntil
      ? { ok: false, reason: "locked", minutesLeft: lockedMinutesLeft(next, now) }
      : { ok: false, reason: "invalid" };
  }

  if (throttle) await db.signInThrottle.delete({ where: { key: email } });
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await audit("auth.sign-in", "SUCCESS");
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
