import "server-only";
import { ZChangeRole, type MemberView } from "@/lib/invitations";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { parseInput } from "../../validate";
import { forgetUserSessions } from "../../store/session-cache";
import { countOwners, findMember, lockOrganization } from "../../store/people";
import { assertPeopleManager, isUuid } from "./people-access";
import { leavesNoOwner } from "@/lib/people-rules";

/** An owner gives a member another role; the last owner keeps theirs. */
export async function changeMemberRole(db: Db, actor: Actor, orgId: string, userId: string, rawInput: unknown): Promise<MemberView> {
  assertPeopleManager(actor, orgId);
  if (!isUuid(userId)) throw memberNotFound();
  const { role } = parseInput(ZChangeRole, rawInput);
  const view = await db.$transaction(async (tx) => {
    await lockOrganization(tx, orgId);
    const member = await findMember(tx, orgId, userId);
    if (!member) throw memberNotFound();
    if (leavesNoOwner(await countOwners(tx, orgId), member.role, role)) throw lastOwner();
    if (member.role !== role) {
      await tx.membership.update({ where: { id: member.id }, data: { role } });
      await recordAudit(tx, { orgId, actor, action: "membership.role-change", targetType: "user", targetId: userId, before: { email: member.user.email, role: member.role }, after: { email: member.user.email, role } });
    }
    return { userId, name: member.user.name, email: member.user.email, role, since: member.createdAt.toISOString() };
  });
  // Their next request loads the new role (other processes within the cache's few seconds).
  forgetUserSessions(userId);
  return view;
}

export function memberNotFound(): AppError {
  return new AppError("not_found", "Member not found.");
}

export function lastOwner(): AppError {
  return new AppError("conflict", "An organisation keeps at least one owner: make someone else an owner first.");
}
