import "server-only";
import type { ActorKind, AuditOutcome, Prisma } from "@/generated/prisma/client";
import type { Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";

export interface AuditInput {
  orgId?: string | null;
  actor?: Actor | null;
  /** Overrides the kind derived from the actor (e.g. SYSTEM for jobs, ANONYMOUS for failed sign-in). */
  actorKind?: ActorKind;
  actorEmail?: string | null;
  /** Overrides the id derived from the actor (e.g. the user of a sign-in attempt). */
  actorId?: string | null;
  action: string;
  targetType?: string;
  targetId?: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  outcome?: AuditOutcome;
  purpose?: string;
  ip?: string | null;
  userAgent?: string | null;
}

function kindOf(actor: Actor | null | undefined): ActorKind {
  if (!actor) return "SYSTEM";
  if (actor.tokenScopes) return "TOKEN";
  return actor.staffRole ? "STAFF" : "USER";
}

export async function recordAudit(db: DbOrTx, input: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      orgId: input.orgId ?? null,
      actorId: input.actorId ?? input.actor?.userId ?? null,
      actorEmail: input.actorEmail ?? input.actor?.email ?? null,
      actorKind: input.actorKind ?? kindOf(input.actor),
      action: input.action,
      targetType: input.targetType,
      targetId: input.targetId,
      before: input.before,
      after: input.after,
      outcome: input.outcome ?? "SUCCESS",
      purpose: input.purpose,
      ip: input.ip ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    },
  });
}
