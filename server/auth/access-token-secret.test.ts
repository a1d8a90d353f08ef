import { describe, expect, it } from "vitest";
import { bearerToken, hashToken, looksLikeToken, newTokenSecret } from "./access-token-secret";

describe("access token secrets", () => {
  it("are random, recognisable, and stored as their SHA-256", () => {
    const a = newTokenSecret();
    const b = newTokenSecret();
    expect(a.token).not.toBe(b.token);
    expect(looksLikeToken(a.token)).toBe(true);
    expect(a.prefix).toBe(a.token.slice(0, 12));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(hashToken(a.token));
    expect(a.hash).not.toContain(a.token.slice(4, 20));
  });

  it.each([
    [null, undefined],
    ["", null],
    ["Basic dXNlcjpwYXNz", null],
    ["Bearer", null],
    ["Bearer not-a-token", null],
    [`Bearer mxp_${"a".repeat(42)}`, null],
    [`Bearer mxp_${"a".repeat(44)}`, null],
    [`Bearer mxp_${"a".repeat(43)} extra`, null],
  ])("reads %j as %j", (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });

  it("reads a well-formed bearer header in any case of the scheme", () => {
    const { token } = newTokenSecret();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer  ${token} `)).toBe(token);
  });
});
