import { describe, expect, it } from "vitest";
import { DEFAULT_WINDOW, formatWindow, fromAksMaintenanceWindow, isInsideWindow, nextWindowStart, parseWindow, toAksMaintenanceWindow } from "./maintenance-window";

describe("maintenance windows", () => {
  it("reads and writes the text form, refusing windows under 4 hours", () => {
    expect(parseWindow("Sun 02:00-06:00")).toEqual(DEFAULT_WINDOW);
    expect(formatWindow(DEFAULT_WINDOW)).toBe("Sun 02:00-06:00");
    expect(parseWindow("Sat 22:00-04:00")).toEqual({ day: 6, startMinute: 1320, durationHours: 6 });
    expect(parseWindow("Sun 02:00-05:00")).toBeNull();
    expect(parseWindow("Sun 02:00-06:30")).toBeNull();
    expect(parseWindow("Funday 02:00-06:00")).toBeNull();
  });

  it("round-trips the AKS maintenanceWindow and converts a UTC offset to UTC", () => {
    expect(fromAksMaintenanceWindow(toAksMaintenanceWindow(DEFAULT_WINDOW))).toEqual(DEFAULT_WINDOW);
    // Monday 01:00 at +02:00 is Sunday 23:00 UTC.
    expect(fromAksMaintenanceWindow({ schedule: { weekly: { dayOfWeek: "Monday", intervalWeeks: 1 } }, durationHours: 4, startTime: "01:00", utcOffset: "+02:00" })).toEqual({ day: 0, startMinute: 1380, durationHours: 4 });
    expect(fromAksMaintenanceWindow({ schedule: {}, durationHours: 4, startTime: "01:00" })).toBeNull();
  });

  it("finds the next window and whether a moment is inside one", () => {
    const wednesday = new Date("2026-12-02T14:00:00Z");
    expect(nextWindowStart(wednesday, DEFAULT_WINDOW).toISOString()).toBe("2026-12-06T02:00:00.000Z");
    const sundayMorning = new Date("2026-12-06T03:00:00Z");
    expect(isInsideWindow(sundayMorning, DEFAULT_WINDOW)).toBe(true);
    expect(isInsideWindow(new Date("2026-12-06T06:00:00Z"), DEFAULT_WINDOW)).toBe(false);
    expect(nextWindowStart(new Date("2026-12-06T02:00:00Z"), DEFAULT_WINDOW).toISOString()).toBe("2026-12-06T02:00:00.000Z");
    // A window that crosses midnight into Sunday is still open early on Sunday.
    const late = parseWindow("Sat 22:00-04:00")!;
    expect(isInsideWindow(new Date("2026-12-06T01:00:00Z"), late)).toBe(true);
  });
});
