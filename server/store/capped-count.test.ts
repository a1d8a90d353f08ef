import { describe, expect, it } from "vitest";
import { cappedCount, LIST_COUNT_CAP } from "./capped-count";

describe("capped list counts", () => {
  it("counts up to one past the cap and answers exact totals below it every time", async () => {
    const limits: number[] = [];
    let rows = 42;
    const count = async (limit: number) => {
      limits.push(limit);
      return Math.min(rows, limit);
    };
    expect(await cappedCount("below", count, 1_000)).toEqual({ total: 42, capped: false });
    rows = 43;
    expect(await cappedCount("below", count, 1_001)).toEqual({ total: 43, capped: false });
    expect(limits).toEqual([LIST_COUNT_CAP + 1, LIST_COUNT_CAP + 1]);
  });

  it("says capped beyond the cap and reuses that for a minute for the same key only", async () => {
    let calls = 0;
    const many = async (limit: number) => {
      calls += 1;
      return limit;
    };
    expect(await cappedCount("many", many, 0)).toEqual({ total: LIST_COUNT_CAP, capped: true });
    expect(await cappedCount("many", many, 59_999)).toEqual({ total: LIST_COUNT_CAP, capped: true });
    expect(calls).toBe(1);
    expect(await cappedCount("many", many, 60_000)).toEqual({ total: LIST_COUNT_CAP, capped: true });
    expect(calls).toBe(2);
    expect(await cappedCount("other", async () => 7, 1)).toEqual({ total: 7, capped: false });
  });

  it("counts exactly at the cap without calling it capped", async () => {
    expect(await cappedCount("exact", async () => LIST_COUNT_CAP, 0)).toEqual({ total: LIST_COUNT_CAP, capped: false });
  });
});
