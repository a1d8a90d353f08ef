import { describe, expect, it } from "vitest";
import { weeklyBuckets, weekStart } from "./weekly-buckets";

describe("weekly buckets", () => {
  it("start weeks on Monday (UTC)", () => {
    expect(weekStart(new Date("2026-12-02T21:00:00Z")).toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(weekStart(new Date("2026-12-06T23:59:00Z")).toISOString().slice(0, 10)).toBe("2026-11-30");
    expect(weekStart(new Date("2026-11-30T00:00:00Z")).toISOString().slice(0, 10)).toBe("2026-11-30");
  });

  it("count operations per week and outcome, oldest week first, ignoring older ones", () => {
    const now = new Date("2026-12-02T12:00:00Z");
    const buckets = weeklyBuckets(
      [
        { createdAt: new Date("2026-12-01T10:00:00Z"), status: "SUCCEEDED" },
        { createdAt: new Date("2026-12-02T10:00:00Z"), status: "FAILED" },
        { createdAt: new Date("2026-11-24T10:00:00Z"), status: "SUCCEEDED" },
        { createdAt: new Date("2026-11-25T10:00:00Z"), status: "RUNNING" },
        { createdAt: new Date("2026-10-01T10:00:00Z"), status: "SUCCEEDED" },
      ],
      now,
      3,
    );
    expect(buckets).toEqual([
      { week: "2026-11-16", succeeded: 0, failed: 0, other: 0 },
      { week: "2026-11-23", succeeded: 1, failed: 0, other: 1 },
      { week: "2026-11-30", succeeded: 1, failed: 1, other: 0 },
    ]);
  });
});
