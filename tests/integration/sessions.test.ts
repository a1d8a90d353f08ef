import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-data";
import { createSession, loadSessionActor, revokeAllSessions, revokeSession } from "@/server/store/sessions";
import { resetWithDemo, testDb } from "./db";

const policy = { idleMinutes: 60, maxHours: 8 };
const t0 = new Date("2026-12-01T09:00:00Z");
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function userId(email: string) {
  return (await testDb.user.findUniqueOrThrow({ where: { email } })).id;
}

describe("server-side sessions", () => {
  beforeEach(resetWithDemo);

  it("a live session gives the actor with its memberships, and use keeps it alive", async () => {
    const id = await userId(DEMO_USERS.contosoManager);
    const session = await createSession(testDb, id, policy, { ip: "192.0.2.4", userAgent: "test" }, t0);
    const actor = await loadSessionActor(testDb, session.id, id, policy, later(50));
    expect(actor).toMatchObject({ email: DEMO_USERS.contosoManager, memberships: [{ role: "MANAGER", orgName: "Contoso" }] });
    // Used at 50 minutes, so still alive at 100 minutes (idle 50), but not after 8 hours.
    expect(await loadSessionActor(testDb, session.id, id, policy, later(100))).not.toBeNull();
    expect(await loadSessionActor(testDb, session.id, id, policy, later(8 * 60 + 1))).toBeNull();
  });

  it("ends after the idle timeout", async () => {
    const id = await userId(DEMO_USERS.contosoManager);
    const session = await createSession(testDb, id, policy, {}, t0);
    expect(await loadSessionActor(testDb, session.id, id, policy, later(61))).toBeNull();
  });

  it("sign-out revokes one session; sign out everywhere all of them", async () => {
    const id = await userId(DEMO_USERS.contosoOwner);
    const [laptop, phone, tablet] = await Promise.all([1, 2, 3].map(() => createSession(testDb, id, policy, {}, t0)));
    await revokeSession(testDb, laptop.id, later(1));
    expect(await loadSessionActor(testDb, laptop.id, id, policy, later(2))).toBeNull();
    expect(await loadSessionActor(testDb, phone.id, id, policy, later(2))).not.toBeNull();
    expect(await revokeAllSessions(testDb, id, later(3))).toBe(2);
    expect(await loadSessionActor(testDb, phone.id, id, policy, later(4))).toBeNull();
    expect(await loadSessionActor(testDb, tablet.id, id, policy, later(4))).toBeNull();
  });

  it("a disabled user or a changed password ends existing sessions", async () => {
    const member = await userId(DEMO_USERS.contosoMember);
    const owner = await userId(DEMO_USERS.contosoOwner);
    const [a, b] = await Promise.all([createSession(testDb, member, policy, {}, t0), createSession(testDb, owner, policy, {}, t0)]);
    await testDb.user.update({ where: { id: member }, data: { disabledAt: later(1) } });
    await testDb.user.update({ where: { id: owner }, data: { passwordChangedAt: later(1) } });
    expect(await loadSessionActor(testDb, a.id, member, policy, later(2))).toBeNull();
    expect(await loadSessionActor(testDb, b.id, owner, policy, later(2))).toBeNull();
    // A session begun after the new password works.
    const fresh = await createSession(testDb, owner, policy, {}, later(3));
    expect(await loadSessionActor(testDb, fresh.id, owner, policy, later(4))).not.toBeNull();
  });

  it("a session id is bound to its user", async () => {
    const owner = await userId(DEMO_USERS.contosoOwner);
    const other = await userId(DEMO_USERS.fabrikamOwner);
    const session = await createSession(testDb, owner, policy, {}, t0);
    expect(await loadSessionActor(testDb, session.id, other, policy, later(1))).toBeNull();
  });
});
