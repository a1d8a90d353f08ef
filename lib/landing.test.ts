import { describe, expect, it } from "vitest";
import { landingPath } from "./landing";

describe("landingPath", () => {
  it("sends staff to their work and customers to their clusters", () => {
    expect(landingPath("SUPPORT")).toBe("/staff/support");
    expect(landingPath("ADMIN")).toBe("/admin");
    expect(landingPath(null)).toBe("/clusters");
  });
});
