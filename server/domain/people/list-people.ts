import "server-only";
import { ZPeoplePage, type InvitationView, type MemberView, type PageOf } from "@/lib/invitations";
import { can, type Actor } from "../../auth/permissions";
import type { DbOrTx } from "../../db";
import { parseInput } from "../../validate";
import { countOwners, listMembers, listOpenInvitations } from "../../store/people";
import { assertPeopleManager, assertPeopleReader } from "./people-access";

/** One page of the organisation's members, for any member of it. */
export async function listPeople(db: DbOrTx, actor: Actor, orgId: string, rawQuery: unknown): Promise<PageOf<MemberView>> {
  assertPeopleReader(actor, orgId);
  const { page } = parseInput(ZPeoplePage, rawQuery);
  return listMembers(db, orgId, page);
}

/** One page of the organisation's open invitations, for its owners. */
export async function listInvitations(db: DbOrTx, actor: Actor, orgId: string, rawQuery: unknown, now = new Date()): Promise<PageOf<InvitationView>> {
  assertPeopleManager(actor, orgId);
  const { page } = parseInput(ZPeoplePage, rawQuery);
  return listOpenInvitations(db, orgId, page, now);
}

/** How many owners the organisation has (its owners see the sole owner's controls replaced by a note). */
export async function countOrgOwners(db: DbOrTx, actor: Actor, orgId: string): Promise<number> {
  assertPeopleManager(actor, orgId);
  return countOwners(db, orgId);
}

/** Whether the actor sees the management controls of the People page. */
export function mayManagePeople(actor: Actor, orgId: string): boolean {
  return can(actor, "manage:people", orgId);
}
