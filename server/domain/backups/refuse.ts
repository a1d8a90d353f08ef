import "server-only";
import type { Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";

/** Records a refused backup action in the organisation's activity log and throws 409 with the reason. */
export async function refuseConflict(db: Db, actor: Actor, target: { orgId: string; environmentId: string }, action: string, reason: string): Promise<never> {
  await recordAudit(db, { orgId: target.orgId, actor, action, targetType: "environment", targetId: target.environmentId, outcome: "DENIED", after: { reason } });
  throw new AppError("conflict", reason);
}
