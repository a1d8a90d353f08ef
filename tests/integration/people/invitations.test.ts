import { beforeEach, describe, expect, it } from "vitest";
import { INVITATION_TTL_DAYS } from "@/lib/invitations";
import { DEMO_USERS } from "@/prisma/demo-data";
import { hashInvitationToken } from "@/server/auth/invitation-token";
import { verifyPassword } from "@/server/auth/password";
import { acceptInvitation } from "@/server/domain/people/accept-invitation";
import { acceptInvitationAsNewPerson } from "@/server/domain/people/accept-invitation-as-new-person";
import { readInvitationLink } from "@/server/domain/people/read-invitation-link";
import * as invitationsRoute from "@/app/api/v1/organizations/[orgId]/invitations/route";
import * as memberRoute from "@/app/api/v1/organizations/[orgId]/members/[userId]/route";
import { callRoute } from "../api";
import { actorFor, resetWithDemo, testDb } from "../db";
import { invite, listInvitations, orgIdOf, peopleState, resend, revoke, tokenOf } from "./helpers";

// Invitations through the app's own routes and use cases, against the real database: an owner
// invites (no SMTP configured here, so the link comes back once), resends, revokes; the link is
// accepted once, by a new person or a signed-in one with the invited address; refusals change nothing.

beforeEach(resetWithDemo);

const DAY = 86_400_000;
const PASSWORD = "correct horse battery";

async function invited(email = "new.person@contoso.example", role = "MANAGER") {
  const owner = await actorFor(DEMO_USERS.contosoOwner);
  const orgId = await orgIdOf("contoso");
  const answer = await invite(owner, orgId, { email, role });
  expect(answer.status, answer.text).toBe(201);
  return { owner, orgId, answer: answer.json as { invitation: { id: string; email: string; role: string; expiresAt: string; state: string }; emailed: boolean; link: string } };
}

describe("inviting", () => {
  it("stores only the token's hash, shows the link once, lists the invitation and audits it", async () => {
    const { owner, orgId, answer } = await invited("  New.Person@Contoso.example ");
    expect(answer.emailed).toBe(false);
    expect(answer.link).toMatch(/^http:\/\/portal\.test\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(answer.invitation).toMatchObject({ email: "new.person@contoso.example", role: "MANAGER", state: "pending" });
    const expires = new Date(answer.invitation.expiresAt).getTime() - Date.now();
    expect(expires).toBeGreaterThan(INVITATION_TTL_DAYS * DAY - 60_000);
    expect(expires).toBeLessThanOrEqual(INVITATION_TTL_DAYS * DAY);

    const row = await testDb.invitation.findUniqueOrThrow({ where: { id: answer.invitation.id } });
    expect(row.tokenHash).toBe(hashInvitationToken(tokenOf(answer.link)));
    expect(JSON.stringify(row)).not.toContain(tokenOf(answer.link));

    const listed = await listInvitations(owner, orgId);
    expect(listed.status).toBe(200);
    expect(listed.json.items).toEqual([expect.objectContaining({ id: row.id, email: "new.person@contoso.example", state: "pending", invitedBy: owner.name })]);
    expect(listed.text).not.toContain(tokenOf(answer.link));

    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "invitation.create" } });
    expect(audit).toMatchObject({ orgId, actorId: owner.userId, targetId: row.id, outcome: "SUCCESS", after: expect.objectContaining({ email: "new.person@contoso.example", role: "MANAGER" }) });
    expect(JSON.stringify(audit.after)).not.toContain(tokenOf(answer.link));
  });

  it("refuses managers and members (403) and other organisations (404), audits the refusal, and changes nothing", async () => {
    const orgId = await orgIdOf("contoso");
    const before = await peopleState();
    for (const [email, status] of [
      [DEMO_USERS.contosoManager, 403],
      [DEMO_USERS.contosoMember, 403],
      [DEMO_USERS.fabrikamOwner, 404],
      [DEMO_USERS.admin, 404],
    ] as const) {
      const actor = await actorFor(email);
      expect((await invite(actor, orgId, { email: "x@contoso.example", role: "OWNER" })).status, email).toBe(status);
      expect((await listInvitations(actor, orgId)).status, email).toBe(status);
    }
    expect(await peopleState()).toEqual(before);
    expect(await testDb.auditEvent.count({ where: { action: { startsWith: "api.post /api/v1/organizations/" }, outcome: "DENIED" } })).toBe(4);
  });

  it("refuses bad input with the field's message and creates nothing", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const orgId = await orgIdOf("contoso");
    const cases: [unknown, string][] = [
      [{ email: "", role: "MEMBER" }, "email"],
      [{ email: "not-an-address", role: "MEMBER" }, "email"],
      [{ email: "a\u0000b@contoso.example", role: "MEMBER" }, "email"],
      [{ email: `${"x".repeat(250)}@contoso.example`, role: "MEMBER" }, "email"],
      [{ email: "x@contoso.example", role: "ADMIN" }, "role"],
      [{ email: "x@contoso.example" }, "role"],
      [{ email: "x@contoso.example", role: "MEMBER", orgId }, "_"],
    ];
    const before = await peopleState();
    for (const [body, field] of cases) {
      const refused = await invite(owner, orgId, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(refused.json.error.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    expect((await listInvitations(owner, orgId, "?page=0")).status).toBe(400);
    expect(await peopleState()).toEqual(before);
  });

  it("refuses a write from another site (the session cookie alone is not enough)", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const orgId = await orgIdOf("contoso");
    const forged = await callRoute(invitationsRoute.POST, owner, { url: `/api/v1/organizations/${orgId}/invitations`, params: { orgId }, body: { email: "x@contoso.example", role: "OWNER" }, headers: { origin: "https://attacker.example" } });
    expect(forged.status).toBe(403);
    const member = await actorFor(DEMO_USERS.contosoMember);
    const demote = await callRoute(memberRoute.PATCH, owner, { method: "PATCH", url: `/api/v1/organizations/${orgId}/members/${member.userId}`, params: { orgId, userId: member.userId }, body: { role: "OWNER" }, headers: { origin: "https://attacker.example" } });
    expect(demote.status).toBe(403);
    expect(await testDb.invitation.count()).toBe(0);
    expect((await actorFor(DEMO_USERS.contosoMember)).memberships[0].role).toBe("MEMBER");
  });

  it("refuses a second invitation to the same address and an invitation to a member", async () => {
    const { owner, orgId } = await invited("twice@contoso.example");
    expect((await invite(owner, orgId, { email: "TWICE@contoso.example", role: "MEMBER" })).status).toBe(409);
    expect((await invite(owner, orgId, { email: DEMO_USERS.contosoManager, role: "OWNER" })).status).toBe(409);
    expect(await testDb.invitation.count()).toBe(1);
  });
});

describe("resending and revoking", () => {
  it("resending gives a new link and a new expiry; the old link stops working", async () => {
    const { owner, orgId, answer } = await invited();
    await testDb.invitation.update({ where: { id: answer.invitation.id }, data: { sentAt: new Date(Date.now() - 8 * DAY), expiresAt: new Date(Date.now() - DAY) } });
    expect((await listInvitations(owner, orgId)).json.items[0].state).toBe("expired");
    const again = await resend(owner, orgId, answer.invitation.id);
    expect(again.status, again.text).toBe(200);
    expect(again.json.link).not.toBe(answer.link);
    expect(again.json.invitation.state).toBe("pending");
    expect(await readInvitationLink(testDb, tokenOf(answer.link))).toEqual({ usable: false, reason: "unknown" });
    expect(await readInvitationLink(testDb, tokenOf(again.json.link))).toMatchObject({ usable: true, email: "new.person@contoso.example", role: "MANAGER", orgName: "Contoso" });
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "invitation.resend" } });
    expect(audit).toMatchObject({ actorId: owner.userId, targetId: answer.invitation.id });
    expect(new Date((audit.after as { expiresAt: string }).expiresAt) > new Date((audit.before as { expiresAt: string }).expiresAt)).toBe(true);
  });

  it("revoking makes the link say so and refuses to accept it; another organisation's owner gets 404", async () => {
    const { owner, orgId, answer } = await invited();
    const fabrikam = await actorFor(DEMO_USERS.fabrikamOwner);
    const fabrikamOrg = await orgIdOf("fabrikam");
    expect((await revoke(fabrikam, orgId, answer.invitation.id)).status).toBe(404);
    expect((await revoke(fabrikam, fabrikamOrg, answer.invitation.id)).status).toBe(404);
    expect((await resend(fabrikam, fabrikamOrg, answer.invitation.id)).status).toBe(404);
    expect((await revoke(await actorFor(DEMO_USERS.contosoManager), orgId, answer.invitation.id)).status).toBe(403);
    expect((await testDb.invitation.findUniqueOrThrow({ where: { id: answer.invitation.id } })).revokedAt).toBeNull();

    expect((await revoke(owner, orgId, answer.invitation.id)).status).toBe(204);
    expect(await readInvitationLink(testDb, tokenOf(answer.link))).toEqual({ usable: false, reason: "revoked" });
    await expect(acceptInvitationAsNewPerson(testDb, tokenOf(answer.link), { name: "Late", password: PASSWORD })).rejects.toMatchObject({ code: "conflict" });
    expect(await testDb.user.count({ where: { email: "new.person@contoso.example" } })).toBe(0);
    expect((await revoke(owner, orgId, answer.invitation.id)).status).toBe(404);
    expect((await resend(owner, orgId, answer.invitation.id)).status).toBe(404);
    expect((await listInvitations(owner, orgId)).json.items).toEqual([]);
    expect(await testDb.auditEvent.findFirst({ where: { action: "invitation.revoke", targetId: answer.invitation.id } })).toMatchObject({ before: expect.objectContaining({ state: "open" }), after: expect.objectContaining({ state: "revoked" }) });
  });
});

describe("accepting", () => {
  it("a new person sets a name and password, becomes a member with the role, once", async () => {
    const { orgId, answer } = await invited();
    const token = tokenOf(answer.link);
    const before = await peopleState();
    for (const body of [{ name: "", password: PASSWORD }, { name: "Nadia", password: "short" }, { name: "Na\u0000dia", password: PASSWORD }, { name: "Nadia", password: PASSWORD, role: "OWNER" }]) {
      await expect(acceptInvitationAsNewPerson(testDb, token, body), JSON.stringify(body)).rejects.toMatchObject({ code: "invalid_input" });
    }
    expect(await peopleState()).toEqual(before);

    const made = await acceptInvitationAsNewPerson(testDb, token, { name: " Nadia Newcomer ", password: PASSWORD });
    const user = await testDb.user.findUniqueOrThrow({ where: { id: made.userId }, include: { memberships: true } });
    expect(user).toMatchObject({ email: "new.person@contoso.example", name: "Nadia Newcomer" });
    expect(await verifyPassword(PASSWORD, user.passwordHash)).toBe(true);
    expect(user.memberships).toEqual([expect.objectContaining({ orgId, role: "MANAGER" })]);
    expect(await testDb.invitation.findUniqueOrThrow({ where: { id: answer.invitation.id } })).toMatchObject({ acceptedById: made.userId, acceptedAt: expect.any(Date) });
    expect(await testDb.auditEvent.findFirst({ where: { action: "invitation.accept" } })).toMatchObject({ orgId, actorId: made.userId, after: expect.objectContaining({ role: "MANAGER", newAccount: true }) });

    // Single use.
    expect(await readInvitationLink(testDb, token)).toEqual({ usable: false, reason: "accepted" });
    await expect(acceptInvitationAsNewPerson(testDb, token, { name: "Again", password: PASSWORD })).rejects.toMatchObject({ code: "conflict" });
  });

  it("a signed-in person accepts an invitation to their own address only", async () => {
    const { orgId, answer } = await invited(DEMO_USERS.fabrikamOwner, "MEMBER");
    const token = tokenOf(answer.link);
    expect(await readInvitationLink(testDb, token)).toMatchObject({ usable: true, accountExists: true });
    await expect(acceptInvitationAsNewPerson(testDb, token, { name: "Someone", password: PASSWORD })).rejects.toMatchObject({ code: "conflict" });

    const stranger = await actorFor(DEMO_USERS.contosoMember);
    await expect(acceptInvitation(testDb, stranger, token)).rejects.toMatchObject({ code: "forbidden" });
    expect(await testDb.auditEvent.findFirst({ where: { action: "invitation.accept", actorId: stranger.userId } })).toMatchObject({ outcome: "DENIED", orgId: null });
    expect(await testDb.invitation.findUniqueOrThrow({ where: { id: answer.invitation.id } })).toMatchObject({ acceptedAt: null });

    const invitee = await actorFor(DEMO_USERS.fabrikamOwner);
    expect(await acceptInvitation(testDb, invitee, token)).toEqual({ orgId });
    expect((await actorFor(DEMO_USERS.fabrikamOwner)).memberships.map((m) => [m.orgName, m.role]).sort()).toEqual([["Contoso", "MEMBER"], ["Fabrikam", "OWNER"]]);
    await expect(acceptInvitation(testDb, invitee, token)).rejects.toMatchObject({ code: "conflict" });
    await expect(acceptInvitation(testDb, invitee, "x".repeat(43))).rejects.toMatchObject({ code: "not_found" });
  });

  it("a link expires after the set number of days and then accepts nobody", async () => {
    const { answer } = await invited();
    const token = tokenOf(answer.link);
    const expiresAt = new Date(answer.invitation.expiresAt);
    const justBefore = new Date(expiresAt.getTime() - 1000);
    expect(await readInvitationLink(testDb, token, justBefore)).toMatchObject({ usable: true });
    expect(await readInvitationLink(testDb, token, expiresAt)).toEqual({ usable: false, reason: "expired" });
    await expect(acceptInvitationAsNewPerson(testDb, token, { name: "Late", password: PASSWORD }, new Date(expiresAt.getTime() + DAY))).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("expired"),
    });
    expect(await testDb.user.count({ where: { email: "new.person@contoso.example" } })).toBe(0);
  });
});
