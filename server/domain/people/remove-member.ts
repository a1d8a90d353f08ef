import "server-only";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { forgetUserSessions } from "../../store/session-cache";
import { countOwners, findMember, lockOrganization } from "../../store/people";
import { lastOwner, memberNotFound } from "./change-member-role";
import { assertPeopleManager, isUuid } from "./people-access";
import { leavesNoOwner } from "@/lib/people-rules";

/** An owner removes a member from the organisation (their account stays); never the last owner. */
export async function removeMember(db: Db, actor: Actor, orgId: string, userId: string): Promise<void> {
  assertPeopleManager(actor, orgId);
  if (!isUuid(userId)) throw memberNotFound();
  await db.$transaction(async (tx) => {
    await lockOrganization(tx, orgId);
    const member = await findMember(tx, orgId, userId);
    if (!member) throw memberNotFound();
    if (leavesNoOwner(await countOwners(tx, orgId), member.role, null)) throw lastOwner();
    await tx.membership.delete({ where: { id: member.id } });
    await recordAudit(tx, { orgId, actor, action: "membership.remove", targetType: "user", targetId: userId, before: { email: member.user.email, role: member.role }, after: { email: member.user.email, role: null } });
  });
  forgetUserSessions(userId);
}
