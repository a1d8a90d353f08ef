import "server-only";
import { z } from "zod";
import { connectionMessages as t } from "@/lib/messages-connections";
import { recordAudit } from "../../audit/record";
import { can, orgRole, type Actor } from "../../auth/permissions";
import type { DbOrTx } from "../../db";
import { AppError, notFound } from "../../errors";
import { getConnection } from "../../store/connections";

// Who may see and change Azure connections: owners of the organisation. Another organisation's
// connection does not exist for the caller (404); a manager or member is refused (403, audited).

/** The organisation, when the actor is its owner; `action` names the refused attempt in the audit log. */
export async function assertConnectionOwner(db: DbOrTx, actor: Actor, orgId: string, action: string, targetId?: string): Promise<void> {
  if (!orgRole(actor, orgId)) throw notFound("Organisation");
  if (can(actor, "manage:connections", orgId)) return;
  await recordAudit(db, { orgId, actor, action: `${action}.refused`, targetType: "connection", targetId, outcome: "DENIED", after: { reason: t.ownerOnly } });
  throw new AppError("forbidden", t.ownerOnly);
}

/** The connection, when the actor owns its organisation. */
export async function findOwnedConnection(db: DbOrTx, actor: Actor, connectionId: string, action: string) {
  if (!z.string().uuid().safeParse(connectionId).success) throw notFound("Connection");
  const connection = await getConnection(db, connectionId);
  if (!connection || !orgRole(actor, connection.orgId)) throw notFound("Connection");
  await assertConnectionOwner(db, actor, connection.orgId, action, connection.id);
  return connection;
}

/** Rescan and disconnect of one connection share this key, so only one of them runs at a time. */
export function connectionOperationKey(connectionId: string): string {
  return `connection:${connectionId}`;
}
