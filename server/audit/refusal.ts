import "server-only";
import { headers } from "next/headers";
import { requestInfo } from "../auth/request-info";
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import type { AppError } from "../errors";
import { recordAudit } from "./record";

/**
 * Records that the actor was refused something (forbidden, or not found in their scope) in the
 * provider's security log (no organisation: the target's organisation must not learn who asked).
 */
export async function recordRefusal(actor: Actor, what: string, error: AppError): Promise<void> {
  await recordAudit(db(), { actor, action: what, outcome: "DENIED", purpose: error.code, ...requestInfo(await headers()) });
}
