import { describe, expect, it } from "vitest";
import type { Actor } from "../auth/permissions";
import { ACTOR_CACHE_TTL_MS, cachedSessionActor, forgetSession, forgetUserSessions, rememberSessionActor, sessionCacheGeneration } from "./session-cache";

const actor = (userId: string): Actor => ({
  userId,
  email: `${userId}@example.com`,
  name: userId,
  staffRole: null,
  timeZone: "UTC",
  memberships: [{ orgId: "org-1", orgName: "Org", role: "OWNER" }],
});

describe("session actor cache", () => {
  it("gives the remembered actor to the same session and user until the TTL ends", () => {
    const now = 1_000_000;
    rememberSessionActor("s-ttl", "u-ttl", actor("u-ttl"), sessionCacheGeneration(), now);
    expect(cachedSessionActor("s-ttl", "u-ttl", now + ACTOR_CACHE_TTL_MS - 1)?.userId).toBe("u-ttl");
    expect(cachedSessionActor("s-ttl", "someone-else", now + 1)).toBeNull();
    expect(cachedSessionActor("s-ttl", "u-ttl", now + ACTOR_CACHE_TTL_MS)).toBeNull();
  });

  it("forgets a signed-out session at once, and every session of a user signed out everywhere", () => {
    const now = Date.now();
    for (const session of ["s-a", "s-b"]) rememberSessionActor(session, "u-both", actor("u-both"), sessionCacheGeneration(), now);
    rememberSessionActor("s-other", "u-other", actor("u-other"), sessionCacheGeneration(), now);
    forgetSession("s-a");
    expect(cachedSessionActor("s-a", "u-both", now)).toBeNull();
    expect(cachedSessionActor("s-b", "u-both", now)).not.toBeNull();
    forgetUserSessions("u-both");
    expect(cachedSessionActor("s-b", "u-both", now)).toBeNull();
    expect(cachedSessionActor("s-other", "u-other", now)).not.toBeNull();
  });

  it("does not remember an actor whose load began before a revocation", () => {
    const before = sessionCacheGeneration();
    forgetSession("s-race");
    rememberSessionActor("s-race", "u-race", actor("u-race"), before);
    expect(cachedSessionActor("s-race", "u-race")).toBeNull();
  });

  it("hands out a frozen copy that no request can change", () => {
    const remembered = rememberSessionActor("s-frozen", "u-frozen", actor("u-frozen"), sessionCacheGeneration());
    expect(Object.isFrozen(remembered)).toBe(true);
    expect(Object.isFrozen(remembered.memberships)).toBe(true);
    expect(Object.isFrozen(remembered.memberships[0])).toBe(true);
  });
});
