import { describe, expect, it } from "vitest";
import { orgSlug } from "./org-slug";

describe("orgSlug", () => {
  it("lowercases and joins words with single hyphens", () => {
    expect(orgSlug("Contoso")).toBe("contoso");
    expect(orgSlug("  Contoso Ltd.  ")).toBe("contoso-ltd");
    expect(orgSlug("Fabrikam & Co — EU")).toBe("fabrikam-co-eu");
  });
  it("drops accents and keeps digits", () => {
    expect(orgSlug("Café 42")).toBe("cafe-42");
    expect(orgSlug("Résumé")).toBe("resume");
  });
  it("is empty when nothing is left, and never ends with a hyphen after the cut", () => {
    expect(orgSlug("株式会社")).toBe("");
    expect(orgSlug(`${"a".repeat(62)} b`)).toBe("a".repeat(62));
  });
});
