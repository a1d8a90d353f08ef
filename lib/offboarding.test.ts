import { describe, expect, it } from "vitest";
import { canOffboardFrom, OFFBOARD_GRACE_DAYS, reviveDeadline, withinGrace } from "./offboarding";

describe("off-boarding rules", () => {
  const at = new Date("2026-11-01T10:00:00Z");

  it("allows off-boarding only from a settled status", () => {
    expect(canOffboardFrom("INITIALIZED")).toBe(true);
    expect(canOffboardFrom("READY_TO_INITIALIZE")).toBe(true);
    expect(canOffboardFrom("FAILED")).toBe(true);
    expect(canOffboardFrom("INITIALIZING")).toBe(false);
    expect(canOffboardFrom("UPDATING")).toBe(false);
    expect(canOffboardFrom("OFFBOARDING")).toBe(false);
    expect(canOffboardFrom("OFFBOARDED")).toBe(false);
  });

  it("revives within the grace period, to the millisecond, and not after", () => {
    expect(OFFBOARD_GRACE_DAYS).toBe(30);
    const deadline = reviveDeadline(at);
    expect(deadline.toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(withinGrace(at, at)).toBe(true);
    expect(withinGrace(at, deadline)).toBe(true);
    expect(withinGrace(at, new Date(deadline.getTime() + 1))).toBe(false);
    expect(withinGrace(null, at)).toBe(false);
  });
});
