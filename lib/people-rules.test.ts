import { describe, expect, it } from "vitest";
import { INVITATION_TTL_DAYS } from "./invitations";
import { invitationExpiry, invitationState, leavesNoOwner } from "./people-rules";

const sent = new Date("2026-03-27T10:00:00Z");

describe("invitation expiry", () => {
  it("is the constant number of days after sending, across a daylight-saving change", () => {
    expect(INVITATION_TTL_DAYS).toBe(7);
    expect(invitationExpiry(sent).toISOString()).toBe("2026-04-03T10:00:00.000Z");
  });

  it.each([
    ["a second before expiry", 7 * 86_400_000 - 1000, "pending"],
    ["at expiry", 7 * 86_400_000, "expired"],
    ["after expiry", 8 * 86_400_000, "expired"],
    ["just sent", 0, "pending"],
  ] as const)("is %s: %s", (_label, elapsed, state) => {
    const invitation = { expiresAt: invitationExpiry(sent), revokedAt: null, acceptedAt: null };
    expect(invitationState(invitation, new Date(sent.getTime() + elapsed))).toBe(state);
  });

  it("names accepted before revoked before expired", () => {
    const expiresAt = invitationExpiry(sent);
    const late = new Date(expiresAt.getTime() + 1);
    expect(invitationState({ expiresAt, revokedAt: sent, acceptedAt: sent }, late)).toBe("accepted");
    expect(invitationState({ expiresAt, revokedAt: sent, acceptedAt: null }, late)).toBe("revoked");
    expect(invitationState({ expiresAt, revokedAt: sent, acceptedAt: null }, sent)).toBe("revoked");
  });
});

describe("the last owner", () => {
  it.each([
    [1, "OWNER", null, true],
    [1, "OWNER", "MANAGER", true],
    [1, "OWNER", "MEMBER", true],
    [1, "OWNER", "OWNER", false],
    [2, "OWNER", null, false],
    [2, "OWNER", "MEMBER", false],
    [1, "MANAGER", null, false],
    [1, "MEMBER", "OWNER", false],
  ] as const)("with %i owner(s), a %s becoming %s leaves no owner: %s", (owners, current, next, expected) => {
    expect(leavesNoOwner(owners, current, next)).toBe(expected);
  });
});
