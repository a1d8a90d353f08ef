import { describe, expect, it } from "vitest";
import { formatBytes, formatDate, formatDateTime, formatNumber, formatRelative, formatTimestamp, humanize, safeTimeZone, startOfDayInZone } from "./format";

describe("formatting in a time zone", () => {
  it("formats in the viewer's zone and falls back to UTC for unknown zones", () => {
    const instant = new Date("2026-03-29T00:30:00Z");
    expect(formatDateTime(instant, "Europe/Amsterdam")).toBe("29 Mar 2026, 01:30");
    expect(formatDateTime(instant, "Not/AZone")).toBe("29 Mar 2026, 00:30");
    expect(safeTimeZone("Not/AZone")).toBe("UTC");
    expect(formatTimestamp("2026-07-01T12:00:05Z", "Europe/Amsterdam")).toBe("1 Jul 2026, 14:00:05 CEST");
    expect(formatDateTime(null, "UTC")).toBe("—");
  });

  it("formats in the viewer's language", () => {
    const instant = new Date("2026-03-29T00:30:00Z");
    expect(formatDateTime(instant, "Asia/Tokyo", "—", "ja")).toBe("2026年3月29日 09:30");
    expect(formatDate(instant, "Asia/Seoul", "—", "ko")).toBe("2026년 3월 29일");
    expect(formatNumber(1234567.5, "en")).toBe("1,234,567.5");
    expect(formatNumber(1234567.5, "ja")).toBe("1,234,567.5");
  });

  it("says how long ago, in the viewer's language, and gives up after a month", () => {
    const now = Date.parse("2026-03-29T12:00:00Z");
    expect(formatRelative(new Date(now - 10_000), now)).toBe("now");
    expect(formatRelative(new Date(now - 3 * 60_000), now)).toBe("3 minutes ago");
    expect(formatRelative(new Date(now - 50 * 60_000), now)).toBe("1 hour ago");
    expect(formatRelative(new Date(now + 2 * 3_600_000), now)).toBe("in 2 hours");
    expect(formatRelative(new Date(now - 26 * 3_600_000), now)).toBe("yesterday");
    expect(formatRelative(new Date(now - 3 * 60_000), now, "ja")).toBe("3 分前");
    expect(formatRelative(new Date(now - 3 * 60_000), now, "ko")).toBe("3분 전");
    expect(formatRelative(new Date(now - 40 * 86_400_000), now)).toBeNull();
    expect(formatRelative(null, now)).toBeNull();
  });

  it("finds the start of a local day, also on daylight-saving days", () => {
    expect(startOfDayInZone("2026-11-28", "Europe/Amsterdam")?.toISOString()).toBe("2026-11-27T23:00:00.000Z");
    expect(startOfDayInZone("2026-07-01", "Europe/Amsterdam")?.toISOString()).toBe("2026-06-30T22:00:00.000Z");
    // Clocks go forward at 02:00 on 29 March 2026; midnight is still CET.
    expect(startOfDayInZone("2026-03-29", "Europe/Amsterdam")?.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfDayInZone("2026-10-25", "America/New_York")?.toISOString()).toBe("2026-10-25T04:00:00.000Z");
    expect(startOfDayInZone("2026-02-30", "UTC")).toBeNull();
    expect(startOfDayInZone("yesterday", "UTC")).toBeNull();
  });

  it("formats sizes", () => {
    expect(formatBytes(5)).toBe("5 B");
    expect(formatBytes(12_345)).toBe("12 KB");
    expect(formatBytes(3_565_158)).toBe("3.4 MB");
  });

  it("humanizes codes", () => {
    expect(humanize("cluster.apply-settings")).toBe("Cluster apply settings");
  });
});
