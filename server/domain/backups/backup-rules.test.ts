import { describe, expect, it } from "vitest";
import { expiresAt, isExpired, nextRunAt, restoreRefusal, runDay, scheduleApplies, scheduledKind, snapshotRefusal } from "./backup-rules";

describe("retention", () => {
  const created = new Date("2026-01-31T02:00:00Z");
  it("keeps nightly and on-demand snapshots 14 days, weekly 3 months, monthly a year", () => {
    expect(expiresAt("NIGHTLY", created).toISOString()).toBe("2026-02-14T02:00:00.000Z");
    expect(expiresAt("MANUAL", created).toISOString()).toBe("2026-02-14T02:00:00.000Z");
    expect(expiresAt("WEEKLY", new Date("2026-03-01T02:00:00Z")).toISOString()).toBe("2026-06-01T02:00:00.000Z");
    expect(expiresAt("MONTHLY", created).toISOString()).toBe("2027-01-31T02:00:00.000Z");
  });
  it("expires exactly at the expiry instant", () => {
    const at = new Date("2026-02-14T02:00:00Z");
    expect(isExpired({ expiresAt: at }, new Date(at.getTime() - 1))).toBe(false);
    expect(isExpired({ expiresAt: at }, at)).toBe(true);
    expect(isExpired({ expiresAt: null }, at)).toBe(false);
  });
});

describe("schedule calendar", () => {
  it("is monthly on the first Sunday, weekly on other Sundays, nightly otherwise", () => {
    expect(scheduledKind({ year: 2026, month: 3, day: 1 })).toBe("MONTHLY"); // Sunday 1 March
    expect(scheduledKind({ year: 2026, month: 3, day: 8 })).toBe("WEEKLY");
    expect(scheduledKind({ year: 2026, month: 3, day: 29 })).toBe("WEEKLY");
    expect(scheduledKind({ year: 2026, month: 2, day: 1 })).toBe("MONTHLY"); // Sunday 1 February
    expect(scheduledKind({ year: 2026, month: 2, day: 7 })).toBe("NIGHTLY"); // Saturday
    expect(scheduledKind({ year: 2026, month: 11, day: 1 })).toBe("MONTHLY");
    expect(scheduledKind({ year: 2026, month: 11, day: 2 })).toBe("NIGHTLY");
  });
  it("runs at the local hour, also across daylight-saving changes", () => {
    // 02:00 in Amsterdam is 01:00 UTC in winter, 00:00 UTC in summer.
    expect(nextRunAt(new Date("2026-01-10T12:00:00Z"), 2, "Europe/Amsterdam").toISOString()).toBe("2026-01-11T01:00:00.000Z");
    expect(nextRunAt(new Date("2026-01-11T00:59:59Z"), 2, "Europe/Amsterdam").toISOString()).toBe("2026-01-11T01:00:00.000Z");
    expect(nextRunAt(new Date("2026-01-11T01:00:00Z"), 2, "Europe/Amsterdam").toISOString()).toBe("2026-01-12T01:00:00.000Z");
    expect(nextRunAt(new Date("2026-07-01T12:00:00Z"), 2, "Europe/Amsterdam").toISOString()).toBe("2026-07-02T00:00:00.000Z");
    expect(nextRunAt(new Date("2026-07-01T12:00:00Z"), 23, "UTC").toISOString()).toBe("2026-07-01T23:00:00.000Z");
    expect(runDay(new Date("2026-02-28T23:30:00Z"), "Europe/Amsterdam")).toEqual({ year: 2026, month: 3, day: 1 });
  });
});

describe("when snapshots and restores may run", () => {
  it("refuses snapshots while creating or deploying", () => {
    expect(snapshotRefusal("CREATING")).toMatch(/being created/);
    expect(snapshotRefusal("DEPLOYING")).toMatch(/deployed/);
    expect(snapshotRefusal("RUNNING")).toBeNull();
    expect(snapshotRefusal("STOPPED")).toBeNull();
  });
  it("schedules only while a package is deployed", () => {
    expect(scheduleApplies({ packageName: null, state: "RUNNING" })).toBe(false);
    expect(scheduleApplies({ packageName: "app.mda", state: "RUNNING" })).toBe(true);
    expect(scheduleApplies({ packageName: "app.mda", state: "DEPLOYING" })).toBe(false);
  });
  it("restores only into a stopped environment", () => {
    expect(restoreRefusal("STOPPED")).toBeNull();
    expect(restoreRefusal("RUNNING")).toMatch(/Stop the environment/);
    expect(restoreRefusal("RESTORING")).toMatch(/already/);
  });
});
