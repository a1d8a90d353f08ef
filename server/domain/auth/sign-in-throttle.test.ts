import { describe, expect, it } from "vitest";
import { delayAfter, throttleKey, throttleRules, waitLeft } from "./sign-in-throttle";

const [account, client] = throttleRules({ maxFailures: 5, lockMinutes: 15 });
const LOCK = 15 * 60_000;

describe("sign-in throttle rules", () => {
  it("delays one account from one client progressively, then locks that pair", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => delayAfter(account, n))).toEqual([0, 0, 2000, 4000, LOCK, LOCK]);
  });

  it("lets a client fail across accounts longer, but slows and then stops it", () => {
    const delays = Array.from({ length: 26 }, (_, i) => delayAfter(client, i + 1));
    expect(delays.slice(0, 10).every((d) => d === 0)).toBe(true);
    expect(delays.slice(10, 14)).toEqual([2000, 4000, 8000, 16000]);
    expect(delays[24]).toBe(LOCK);
    expect(Math.max(...delays)).toBe(LOCK);
  });

  it("keys the account counter by client, so a stranger cannot lock the owner out", () => {
    expect(throttleKey(account, "a@x.example", "203.0.113.9")).not.toBe(throttleKey(account, "a@x.example", "198.51.100.7"));
    expect(throttleKey(client, "a@x.example", "203.0.113.9")).toBe(throttleKey(client, "b@x.example", "203.0.113.9"));
  });

  it("honours the configured lock length", () => {
    const [short] = throttleRules({ maxFailures: 3, lockMinutes: 2 });
    expect(delayAfter(short, 3)).toBe(2 * 60_000);
  });

  it("says how long is left in minutes and seconds", () => {
    const now = new Date("2026-12-01T10:00:00Z");
    expect(waitLeft(new Date(now.getTime() + 90_500), now)).toEqual({ ms: 90_500, minutes: 2, seconds: 91 });
    expect(waitLeft(null, now).ms).toBe(0);
    expect(waitLeft(new Date(now.getTime() - 1), now).ms).toBe(0);
  });
});
