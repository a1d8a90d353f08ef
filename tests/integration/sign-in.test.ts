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

  const from = (ip: string) => ({ ip });

  it("locks an account only for the client that guessed, never its owner elsewhere", async () => {
    const attacker = from("203.0.113.9");
    const t0 = Date.now();
    const at = (seconds: number) => new Date(t0 + seconds * 1000);
    const guess = (seconds: number) => checkSignIn(testDb, { email: DEMO_USERS.fabrikamOwner, password: "x" }, policy, attacker, at(seconds));
    expect(await guess(0)).toEqual({ ok: false, reason: "invalid" }); // then 2 s to wait
    expect(await guess(1)).toEqual({ ok: false, reason: "locked", minutes: 1, seconds: 1 });
    expect(await guess(3)).toEqual({ ok: false, reason: "invalid" }); // then 4 s
    expect(await guess(8)).toEqual({ ok: false, reason: "invalid" }); // the third failure locks the pair
    expect(await guess(9)).toEqual({ ok: false, reason: "locked", minutes: 15, seconds: 899 });
    expect(await checkSignIn(testDb, { email: DEMO_USERS.fabrikamOwner, password: DEMO_PASSWORD }, policy, attacker, at(10))).toMatchObject({ reason: "locked" });
    // The owner, from their own address, is not affected.
    expect(await checkSignIn(testDb, { email: DEMO_USERS.fabrikamOwner, password: DEMO_PASSWORD }, policy, from("198.51.100.7"))).toMatchObject({ ok: true });
    expect(await testDb.auditEvent.count({ where: { outcome: "DENIED", actorEmail: DEMO_USERS.fabrikamOwner } })).toBe(3);
    const later = at(8 + 15 * 60 + 1);
    expect(await checkSignIn(testDb, { email: DEMO_USERS.fabrikamOwner, password: DEMO_PASSWORD }, policy, attacker, later)).toMatchObject({ ok: true });
  });

  it("slows a client that sprays one password across many accounts", async () => {
    const sprayer = from("203.0.113.50");
    const outcomes = [];
    for (let i = 0; i < 12; i++) outcomes.push(await checkSignIn(testDb, { email: `user${i}@nowhere.example`, password: "Winter2026!" }, policy, sprayer));
    // Six free failures (twice the account limit), then a delay that refuses the next attempt outright.
    expect(outcomes.slice(0, 7).every((o) => o.ok === false && o.reason === "invalid")).toBe(true);
    expect(outcomes[7]).toMatchObject({ reason: "locked", seconds: 2 });
    // Even the right password of a real account waits while the client is slowed.
    expect(await checkSignIn(testDb, { email: DEMO_USERS.contosoOwner, password: DEMO_PASSWORD }, policy, sprayer)).toMatchObject({ reason: "locked" });
  });

  it("counts concurrent wrong guesses each", async () => {
    const attacker = from("203.0.113.77");
    await Promise.all(Array.from({ length: 8 }, () => checkSignIn(testDb, { email: "someone@nowhere.example", password: "x" }, policy, attacker)));
    const counter = await testDb.signInThrottle.findUniqueOrThrow({ where: { key: "client:203.0.113.77" } });
    expect(counter.failures).toBe(8);
  });

  it("throttles unknown addresses alike and rejects malformed input without touching the database", async () => {
    expect(await checkSignIn(testDb, { email: "nobody@example.com", password: "x" }, policy, from("192.0.2.1"))).toEqual({ ok: false, reason: "invalid" });
    expect(await testDb.signInThrottle.findUnique({ where: { key: "account:nobody@example.com|client:192.0.2.1" } })).toMatchObject({ failures: 1 });
    const before = await testDb.auditEvent.count();
    expect(await checkSignIn(testDb, { email: "not-an-email", password: "" }, policy)).toEqual({ ok: false, reason: "invalid" });
    expect(await testDb.auditEvent.count()).toBe(before);
  });
});
