import { beforeEach, describe, expect, it } from "vitest";
import { PEOPLE_PAGE_SIZE } from "@/lib/invitations";
import { DEMO_USERS } from "@/prisma/demo-data";
import { acceptPendingInvitationForEmail } from "@/server/domain/people/accept-pending-invitation-for-email";
import { countOrgOwners } from "@/server/domain/people/list-people";
import { actorFor, resetWithDemo, testDb } from "../db";
import { changeRole, invite, listMembers, orgIdOf, peopleState, removeMember, tokenOf } from "./helpers";

// Roles and members through the app's routes: owners change roles and remove members, never the
// last owner; everyone else is refused (403 inside the organisation, 404 outside it).

beforeEach(resetWithDemo);

describe("members", () => {
  it("every member sees the members, one bounded page; other organisations see nothing", async () => {
    const orgId = await orgIdOf("contoso");
    const member = await actorFor(DEMO_USERS.contosoMember);
    const listed = await listMembers(member, orgId);
    expect(listed.status).toBe(200);
    expect(listed.json).toMatchObject({ page: 1, pageSize: PEOPLE_PAGE_SIZE, total: 4 });
    expect(listed.json.items[0]).toMatchObject({ email: DEMO_USERS.contosoOwner, role: "OWNER" });
    expect((await listMembers(await actorFor(DEMO_USERS.fabrikamOwner), orgId)).status).toBe(404);
    expect((await listMembers(member, orgId, "?page=abc")).status).toBe(400);

    const users = await testDb.user.createManyAndReturn({ data: Array.from({ length: 30 }, (_, i) => ({ email: `p${i}@contoso.example`, name: `Person ${String(i).padStart(2, "0")}`, passwordHash: "x" })) });
    await testDb.membership.createMany({ data: users.map((user) => ({ orgId, userId: user.id, role: "MEMBER" as const })) });
    const second = await listMembers(member, orgId, "?page=2");
    expect(second.json.total).toBe(34);
    expect(second.json.items).toHaveLength(34 - PEOPLE_PAGE_SIZE);
  });

  it("an owner changes a role, audited from → to; the member's next actor has it", async () => {
    const orgId = await orgIdOf("contoso");
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const member = await actorFor(DEMO_USERS.contosoMember);
    const changed = await changeRole(owner, orgId, member.userId, { role: "MANAGER" });
    expect(changed.status, changed.text).toBe(200);
    expect(changed.json).toMatchObject({ userId: member.userId, role: "MANAGER" });
    expect((await actorFor(DEMO_USERS.contosoMember)).memberships[0].role).toBe("MANAGER");
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "membership.role-change", targetId: member.userId, actorId: owner.userId } });
    expect(audit).toMatchObject({ orgId, before: { email: DEMO_USERS.contosoMember, role: "MEMBER" }, after: { email: DEMO_USERS.contosoMember, role: "MANAGER" } });
  });

  it("the last owner can be neither demoted nor removed; with a second owner both work", async () => {
    const orgId = await orgIdOf("contoso");
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const manager = await actorFor(DEMO_USERS.contosoManager);
    const before = await peopleState();
    const demoted = await changeRole(owner, orgId, owner.userId, { role: "MANAGER" });
    expect(demoted.status).toBe(409);
    expect(demoted.json.error.message).toMatch(/at least one owner/);
    expect((await removeMember(owner, orgId, owner.userId)).status).toBe(409);
    expect(await peopleState()).toEqual(before);
    // The People page locks the only owner's controls from this count, which only owners may read.
    expect(await countOrgOwners(testDb, owner, orgId)).toBe(1);
    await expect(countOrgOwners(testDb, manager, orgId)).rejects.toThrow();
    await expect(countOrgOwners(testDb, await actorFor(DEMO_USERS.fabrikamOwner), orgId)).rejects.toThrow();

    expect((await changeRole(owner, orgId, manager.userId, { role: "OWNER" })).status).toBe(200);
    expect(await countOrgOwners(testDb, owner, orgId)).toBe(2);
    expect((await changeRole(owner, orgId, owner.userId, { role: "MEMBER" })).status).toBe(200);
    // The former owner is a member now and may no longer manage people.
    const formerOwner = await actorFor(DEMO_USERS.contosoOwner);
    expect((await removeMember(formerOwner, orgId, manager.userId)).status).toBe(403);
    const newOwner = await actorFor(DEMO_USERS.contosoManager);
    expect((await removeMember(newOwner, orgId, owner.userId)).status).toBe(204);
    expect(await testDb.membership.count({ where: { orgId, userId: owner.userId } })).toBe(0);
    expect(await testDb.user.count({ where: { id: owner.userId } })).toBe(1);
    expect(await testDb.auditEvent.findFirst({ where: { action: "membership.remove", targetId: owner.userId } })).toMatchObject({ actorId: newOwner.userId, before: { role: "MEMBER" }, after: { role: null } });
    expect((await removeMember(newOwner, orgId, newOwner.userId)).status).toBe(409);
  });

  it("refuses managers and members, hides other organisations, refuses bad input, and changes nothing", async () => {
    const orgId = await orgIdOf("contoso");
    const fabrikamOrg = await orgIdOf("fabrikam");
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const member = await actorFor(DEMO_USERS.contosoMember);
    const fabrikamManager = await actorFor(DEMO_USERS.fabrikamManager);
    const before = await peopleState();
    for (const email of [DEMO_USERS.contosoManager, DEMO_USERS.contosoMember]) {
      const actor = await actorFor(email);
      expect((await changeRole(actor, orgId, member.userId, { role: "OWNER" })).status, email).toBe(403);
      expect((await removeMember(actor, orgId, member.userId)).status, email).toBe(403);
    }
    const fabrikamOwner = await actorFor(DEMO_USERS.fabrikamOwner);
    expect((await changeRole(fabrikamOwner, orgId, member.userId, { role: "OWNER" })).status).toBe(404);
    expect((await removeMember(fabrikamOwner, orgId, member.userId)).status).toBe(404);
    // A member of another organisation is not found through this one.
    expect((await changeRole(owner, orgId, fabrikamManager.userId, { role: "OWNER" })).status).toBe(404);
    expect((await removeMember(owner, orgId, fabrikamManager.userId)).status).toBe(404);
    expect((await removeMember(owner, fabrikamOrg, fabrikamManager.userId)).status).toBe(404);
    expect((await removeMember(owner, orgId, "not-a-uuid")).status).toBe(404);
    for (const body of [{}, { role: "ADMIN" }, { role: "OWNER\u0000" }, { role: "OWNER", userId: owner.userId }, "OWNER"]) {
      expect((await changeRole(owner, orgId, member.userId, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect(await peopleState()).toEqual(before);
  });
});

describe("acceptPendingInvitationForEmail (sign-in through an identity provider)", () => {
  it("makes a verified address with pending invitations a user and a member of each inviting organisation, once", async () => {
    const contoso = await orgIdOf("contoso");
    const fabrikam = await orgIdOf("fabrikam");
    expect(await acceptPendingInvitationForEmail(testDb, { email: "idp.person@example.com", name: "Idp Person" })).toBeNull();

    await invite(await actorFor(DEMO_USERS.contosoOwner), contoso, { email: "idp.person@example.com", role: "MANAGER" });
    await invite(await actorFor(DEMO_USERS.fabrikamOwner), fabrikam, { email: "idp.person@example.com", role: "MEMBER" });
    const before = await peopleState();
    expect(await acceptPendingInvitationForEmail(testDb, { email: "not an address", name: "X" })).toBeNull();
    expect(await acceptPendingInvitationForEmail(testDb, { email: "idp.person@example.com\u0000", name: "X" })).toBeNull();
    expect(await peopleState()).toEqual(before);

    const accepted = await acceptPendingInvitationForEmail(testDb, { email: " IDP.Person@Example.com ", name: "Idp Person" });
    expect(accepted).toEqual({ userId: expect.any(String) });
    const user = await testDb.user.findUniqueOrThrow({ where: { id: accepted!.userId }, include: { memberships: true } });
    expect(user).toMatchObject({ email: "idp.person@example.com", name: "Idp Person" });
    expect(user.memberships.map((m) => [m.orgId, m.role]).sort()).toEqual([[contoso, "MANAGER"], [fabrikam, "MEMBER"]].sort());
    expect(await testDb.invitation.count({ where: { acceptedById: user.id } })).toBe(2);
    expect(await testDb.auditEvent.count({ where: { action: "invitation.accept", actorId: user.id } })).toBe(2);

    // Used: nothing pending any more.
    expect(await acceptPendingInvitationForEmail(testDb, { email: "idp.person@example.com", name: "Idp Person" })).toBeNull();
  });

  it("an existing user gains the membership and keeps their account; an expired or revoked invitation gives nothing", async () => {
    const contoso = await orgIdOf("contoso");
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const fabrikamOwner = await actorFor(DEMO_USERS.fabrikamOwner);
    const sent = await invite(owner, contoso, { email: DEMO_USERS.fabrikamOwner, role: "MEMBER" });
    const userBefore = await testDb.user.findUniqueOrThrow({ where: { id: fabrikamOwner.userId } });
    expect(await acceptPendingInvitationForEmail(testDb, { email: DEMO_USERS.fabrikamOwner, name: "Another Name" })).toEqual({ userId: fabrikamOwner.userId });
    expect(await testDb.user.findUniqueOrThrow({ where: { id: fabrikamOwner.userId } })).toMatchObject({ name: userBefore.name, passwordHash: userBefore.passwordHash });
    expect(await testDb.membership.findFirst({ where: { orgId: contoso, userId: fabrikamOwner.userId } })).toMatchObject({ role: "MEMBER" });
    expect(tokenOf(sent.json.link)).toHaveLength(43);

    const expired = await invite(owner, contoso, { email: "late@example.com", role: "MEMBER" });
    await testDb.invitation.update({ where: { id: expired.json.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await acceptPendingInvitationForEmail(testDb, { email: "late@example.com" })).toBeNull();
    expect(await testDb.user.count({ where: { email: "late@example.com" } })).toBe(0);
  });
});
