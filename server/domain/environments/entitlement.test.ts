import { describe, expect, it } from "vitest";
import { environmentEntitlement, freePeriodEnd } from "./entitlement";

const now = new Date("2026-12-02T10:00:00Z");

describe("environment entitlement", () => {
  it("allows an active trial whatever the tokens", () => {
    expect(environmentEntitlement({ trialEndsAt: new Date("2026-12-03T00:00:00Z"), cloudTokens: 0 }, 5, now).allowed).toBe(true);
  });

  it("needs 14 tokens for every environment including the new one", () => {
    expect(environmentEntitlement({ trialEndsAt: null, cloudTokens: 14 }, 0, now).allowed).toBe(true);
    expect(environmentEntitlement({ trialEndsAt: null, cloudTokens: 41 }, 2, now).allowed).toBe(false);
    expect(environmentEntitlement({ trialEndsAt: null, cloudTokens: 42 }, 2, now).allowed).toBe(true);
  });

  it("refuses without tokens once the trial has ended, saying why", () => {
    const verdict = environmentEntitlement({ trialEndsAt: new Date("2026-12-02T10:00:00Z"), cloudTokens: 13 }, 0, now);
    expect(verdict.allowed).toBe(false);
    expect(verdict.reason).toMatch(/13 tokens.*14 are needed \(the trial has ended\)/);
  });

  it("gives a new environment 120 free days", () => {
    expect(freePeriodEnd(now).toISOString()).toBe("2027-04-01T10:00:00.000Z");
  });
});
