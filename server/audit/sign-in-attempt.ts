import "server-only";
import type { DbOrTx } from "../db";
import { recordAudit } from "./record";

/** The account a sign-in attempt named, when there is one. */
interface AttemptedAccount {
  id: string;
  staffRole: string | null;
  memberships: { orgId: string }[];
}

/**
 * Audits a sign-in attempt (password or identity provider) once in each organisation of the
 * account it named, so every organisation sees attempts on its people; in the provider's security
 * log (no organisation) when the account is unknown or belongs to none.
 */
export async function auditSignInAttempt(
  db: DbOrTx,
  attempt: { user: AttemptedAccount | null; email: string | null; action: string; outcome: "SUCCESS" | "FAILURE" | "DENIED"; purpose?: string; request: { ip?: string | null; userAgent?: string | null } },
): Promise<void> {
  const { user } = attempt;
  const orgIds = user?.memberships.map((membership) => membership.orgId) ?? [];
  await Promise.all(
    (orgIds.length ? orgIds : [null]).map((orgId) =>
      recordAudit(db, {
        orgId,
        actorKind: user ? (user.staffRole ? "STAFF" : "USER") : "ANONYMOUS",
        actorEmail: attempt.email,
        actorId: user?.id ?? null,
        action: attempt.action,
        targetType: "user",
        targetId: user?.id,
        outcome: attempt.outcome,
        purpose: attempt.purpose,
        ip: attempt.request.ip,
        userAgent: attempt.request.userAgent,
      }),
    ),
  );
}
