import "server-only";
import { can, orgRole, type Actor } from "../../auth/permissions";
import { AppError } from "../../errors";

// Who may see and change an organisation's people. Someone outside the organisation learns
// nothing (404); a member without the right is refused (403).

export function assertPeopleReader(actor: Actor, orgId: string): void {
  if (!orgRole(actor, orgId)) throw orgNotFound();
  if (!can(actor, "read:people", orgId)) throw new AppError("forbidden", "You do not have permission to do this.");
}

/** Owners only; re-checked by every use case that changes members or invitations. */
export function assertPeopleManager(actor: Actor, orgId: string): void {
  if (!orgRole(actor, orgId)) throw orgNotFound();
  if (!can(actor, "manage:people", orgId)) throw new AppError("forbidden", "Only owners of the organisation manage its people.");
}

export function orgNotFound(): AppError {
  return new AppError("not_found", "Organization not found.");
}

/** Ids in paths are UUIDs; anything else is as unknown as a missing row. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
