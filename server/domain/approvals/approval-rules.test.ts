import { describe, expect, it } from "vitest";
import { approvalExpiry, canMove, coveringWindow, decisionRefusal, hasLapsed, pendingExpiry, windowRefusal } from "./approval-rules";

const at = (iso: string) => new Date(iso);
const H = 3_600_000;

describe("approval request state machine", () => {
  it("allows only the documented moves", () => {
    expect(canMove("PENDING", "APPROVED")).toBe(true);
    expect(canMove("PENDING", "DENIED")).toBe(true);
    expect(canMove("PENDING", "EXPIRED")).toBe(true);
    expect(canMove("APPROVED", "EXECUTING")).toBe(true);
    expect(canMove("APPROVED", "EXPIRED")).toBe(true);
    expect(canMove("EXECUTING", "COMPLETE")).toBe(true);
    expect(canMove("EXECUTING", "FAILED")).toBe(true);
    expect(canMove("PENDING", "EXECUTING")).toBe(false);
    expect(canMove("DENIED", "APPROVED")).toBe(false);
    expect(canMove("EXPIRED", "APPROVED")).toBe(false);
    expect(canMove("COMPLETE", "FAILED")).toBe(false);
  });

  it("lets a pending request live 24 hours and an approval 2 hours", () => {
    expect(pendingExpiry(at("2026-12-02T10:00:00Z")).toISOString()).toBe("2026-12-03T10:00:00.000Z");
    expect(approvalExpiry(at("2026-12-02T23:30:00Z")).toISOString()).toBe("2026-12-03T01:30:00.000Z");
  });

  it("lapses exactly at the deadline, and only while pending or approved", () => {
    const expiresAt = at("2026-12-03T10:00:00Z");
    expect(hasLapsed({ state: "PENDING", expiresAt }, new Date(expiresAt.getTime() - 1))).toBe(false);
    expect(hasLapsed({ state: "PENDING", expiresAt }, expiresAt)).toBe(true);
    expect(hasLapsed({ state: "APPROVED", expiresAt }, new Date(expiresAt.getTime() + 1))).toBe(true);
    expect(hasLapsed({ state: "EXECUTING", expiresAt }, new Date(expiresAt.getTime() + H))).toBe(false);
    expect(hasLapsed({ state: "DENIED", expiresAt }, new Date(expiresAt.getTime() + H))).toBe(false);
  });

  it("refuses to decide a lapsed or already decided request", () => {
    const expiresAt = at("2026-12-03T10:00:00Z");
    expect(decisionRefusal({ state: "PENDING", expiresAt }, at("2026-12-03T09:59:59Z"))).toBeNull();
    expect(decisionRefusal({ state: "PENDING", expiresAt }, expiresAt)).toMatch(/expired/);
    expect(decisionRefusal({ state: "DENIED", expiresAt }, at("2026-12-02T12:00:00Z"))).toMatch(/already denied/);
    expect(decisionRefusal({ state: "APPROVED", expiresAt }, at("2026-12-02T12:00:00Z"))).toMatch(/already approved/);
  });
});

describe("auto-approval windows", () => {
  const now = at("2026-12-02T08:00:00Z");
  it("last at least 8 hours", () => {
    expect(windowRefusal({ startsAt: at("2026-12-02T09:00:00Z"), endsAt: at("2026-12-02T17:00:00Z") }, now)).toBeNull();
    expect(windowRefusal({ startsAt: at("2026-12-02T09:00:00Z"), endsAt: at("2026-12-02T16:59:59Z") }, now)).toMatch(/at least 8 hours/);
    expect(windowRefusal({ startsAt: at("2026-12-02T09:00:00Z"), endsAt: at("2026-12-02T08:00:00Z") }, now)).toMatch(/at least 8 hours/);
  });

  it("end in the future, last at most 31 days and start at most 90 days ahead", () => {
    expect(windowRefusal({ startsAt: at("2026-11-30T00:00:00Z"), endsAt: at("2026-12-02T08:00:00Z") }, now)).toMatch(/already ended/);
    expect(windowRefusal({ startsAt: at("2026-12-02T08:00:00Z"), endsAt: new Date(now.getTime() + 31 * 24 * H + 1) }, now)).toMatch(/at most 31 days/);
    expect(windowRefusal({ startsAt: new Date(now.getTime() + 91 * 24 * H), endsAt: new Date(now.getTime() + 92 * 24 * H) }, now)).toMatch(/90 days/);
  });

  it("cover a request made from their start up to, not including, their end", () => {
    const windows = [{ id: "w", startsAt: at("2026-12-02T09:00:00Z"), endsAt: at("2026-12-02T17:00:00Z") }];
    expect(coveringWindow(windows, at("2026-12-02T08:59:59Z"))).toBeNull();
    expect(coveringWindow(windows, at("2026-12-02T09:00:00Z"))?.id).toBe("w");
    expect(coveringWindow(windows, at("2026-12-02T16:59:59Z"))?.id).toBe("w");
    expect(coveringWindow(windows, at("2026-12-02T17:00:00Z"))).toBeNull();
  });
});
