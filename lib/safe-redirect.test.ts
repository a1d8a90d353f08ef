import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("redirect after sign-in", () => {
  it("keeps paths of this site", () => {
    expect(safeRedirectPath("/clusters/abc?tab=1#x")).toBe("/clusters/abc?tab=1#x");
    expect(safeRedirectPath("/support")).toBe("/support");
  });

  it("refuses other origins however they are spelled", () => {
    for (const target of ["//evil.example/x", "/\\evil.example", "/\t/evil.example/landed", "/\n/evil.example", "https://evil.example", "javascript:alert(1)", "/%09/evil.example"]) {
      const result = safeRedirectPath(target);
      expect(new URL(result, "http://portal.test").origin, target).toBe("http://portal.test");
    }
    expect(safeRedirectPath("/\t/evil.example/landed")).toBe("/");
    expect(safeRedirectPath("//evil.example/x")).toBe("/");
  });

  it("does not loop back to sign-in and falls back when empty", () => {
    expect(safeRedirectPath("/sign-in?callbackUrl=/x")).toBe("/");
    expect(safeRedirectPath(undefined)).toBe("/");
    expect(safeRedirectPath("")).toBe("/");
  });
});
