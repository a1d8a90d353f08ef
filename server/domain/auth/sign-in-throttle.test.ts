import { describe, expect, it } from "vitest";
import { afterFailure, lockedMinutesLeft } from "./sign-in-throttle";

const policy = { maxFailures: 3, lockMinutes: 15 };
const t0 = new Date("2026-03-02T10:00:00Z");
const minutes = (n: number) => new Date(t0.getTime() + n * 60_000);

describe("sign-in throttle", () => {
  it("locks after the maximum number of failures within the window", () => {
    let state = afterFailure(null, t0, policy);
    state = afterFailure(state, minutes(1), policy);
    expect(state.lockedUntil).toBeNull();
    expect(state.failures).toBe(2);
    state = afterFailure(state, minutes(2), policy);
    expect(state.lockedUntil).toEqual(minutes(17));
    expect(lockedMinutesLeft(state, minutes(3))).toBe(14);
    expect(lockedMinutesLeft(state, minutes(17))).toBe(0);
  });

  it("starts counting again once the window has passed", () => {
    let state = afterFailure(null, t0, policy);
    state = afterFailure(state, minutes(1), policy);
    state = afterFailure(state, minutes(20), policy);
    expect(state.failures).toBe(1);
    expect(state.lockedUntil).toBeNull();
  });

  it("a failure after a lock expired starts a new count", () => {
    let state = afterFailure(null, t0, { maxFailures: 1, lockMinutes: 5 });
    expect(lockedMinutesLeft(state, minutes(1))).toBe(4);
    state = afterFailure(state, minutes(6), { maxFailures: 2, lockMinutes: 5 });
    expect(state.failures).toBe(1);
    expect(lockedMinutesLeft(state, minutes(6))).toBe(0);
  });

  it("no state means not locked", () => {
    expect(lockedMinutesLeft(null, t0)).toBe(0);
  });
});
