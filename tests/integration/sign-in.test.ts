import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo-data";
import { checkSignIn } from "@/server/auth/sign-in";
import { resetWithDemo, testDb } from "./db";

const policy = { maxFailures: 3, lockMinutes: 15 };

describe("password sign-in", () => {
  beforeEach(resetWithDemo);

  it("accepts the right password, case-insensitively for the e-mail, and audits it", async () => {
    const result = await checkSignIn(testDb, { email: "Owner@Contoso.example ", password: DEMO_PASSWORD }, policy, { ip: "127.0.0.1" });
    expect(result).toMatchObject({ ok: true, user: { email: DEMO_USERS.contosoOwner } });
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "auth.sign-in", actorEmail: DEMO_USERS.contosoOwner } });
    expect(event).toMatchObject({ outcome: "SUCCESS", ip: "127.0.0.1", actorKind: "USER" });
  });

  it("refuses a wrong password and records the failure in the user's organisation", async () => {
    const result = await checkSignIn(testDb, { email: DEMO_USERS.contosoMember, password: "nope" }, policy);
    expect(result).toEqual({ ok: false, reason: "invalid" });
    const contoso = await testDb.organization.findUniqueOrThrow({ where: { slug: "contoso" } });
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "auth.sign-in", outcome: "FAILURE" } });
    expect(event.orgId).toBe(contoso.id);
  });

  it("locks an address after repeated failures, even with the right password afterwards", async () => {
    for (let i = 0; i < 2; i++) expect(await checkSignIn(testDb, { email: DEMO_USERS.fabrikamOwner, password: "x" }, policy)).toMatchObject({ reason: "invalid" });
    expect(await checkSignIn(testDb, { email: DEMO_USERS.fabrikamOwner, password: "x" }, policy)).toMatchObject({ reason: "locked", minutesLeft: 15 });
    expect(await checkSignIn(testDb, { email: DEMO_USERS.fabrikamOwner, password: DEMO_PASSWORD }, policy)).toMatchObject({ reason: "locked" });
    expect(await testDb.auditEvent.count({ where: { outcome: "DENIED", actorEmail: DEMO_USERS.fabrikamOwner } })).toBe(1);
    const later = new Date(Date.now() + 16 * 60_000);
    expect(await checkSignIn(testDb, { email: DEMO_USERS.fabrikamOwner, password: DEMO_PASSWORD }, policy, {}, later)).toMatchObject({ ok: true });
  });

  it("throttles unknown addresses too and rejects malformed input without touching the database", async () => {
    expect(await checkSignIn(testDb, { email: "nobody@example.com", password: "x" }, policy)).toMatchObject({ reason: "invalid" });
    expect(await testDb.signInThrottle.findUnique({ where: { key: "nobody@example.com" } })).toMatchObject({ failures: 1 });
    const before = await testDb.auditEvent.count();
    expect(await checkSignIn(testDb, { email: "not-an-email", password: "" }, policy)).toEqual({ ok: false, reason: "invalid" });
    expect(await testDb.auditEvent.count()).toBe(before);
  });
});
