import { describe, expect, it } from "vitest";
import { formatMinutes, staffMessages } from "./messages-staff";
import { slaClock } from "./sla";

const due = new Date("2026-03-02T11:00:00Z");

describe("the staff SLA clock", () => {
  it("counts down to the due time, then counts how late it is", () => {
    expect(slaClock({ firstResponseDueAt: due, firstRespondedAt: null }, new Date("2026-03-02T09:40:00Z"))).toEqual({ state: "due", minutes: 80 });
    expect(slaClock({ firstResponseDueAt: due, firstRespondedAt: null }, new Date("2026-03-02T11:45:30Z"))).toEqual({ state: "overdue", minutes: 45 });
  });

  it("stops when staff answered in time; no clock without a target", () => {
    expect(slaClock({ firstResponseDueAt: due, firstRespondedAt: new Date("2026-03-02T10:00:00Z") }, new Date("2026-03-03T00:00:00Z"))).toEqual({ state: "met" });
    expect(slaClock({ firstResponseDueAt: null, firstRespondedAt: null }, due)).toEqual({ state: "none" });
  });

  it("a late answer stays overdue", () => {
    expect(slaClock({ firstResponseDueAt: due, firstRespondedAt: new Date("2026-03-02T12:00:00Z") }, new Date("2026-03-02T12:00:00Z")).state).toBe("overdue");
  });

  it("formats durations with the two largest units", () => {
    const units = staffMessages.units;
    expect(formatMinutes(45, units)).toBe("45 min");
    expect(formatMinutes(80, units)).toBe("1 h 20 min");
    expect(formatMinutes(120, units)).toBe("2 h");
    expect(formatMinutes(3 * 1440 + 125, units)).toBe("3 d 2 h");
  });
});
