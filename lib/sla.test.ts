import { describe, expect, it } from "vitest";
import {
  addOfficeHours,
  calendarWithHolidays,
  DEFAULT_CALENDAR,
  endOfNextBusinessDay,
  firstResponseDue,
  isBreached,
  nextOfficeInstant,
  parseHolidays,
  slaState,
  zonedInstant,
} from "./sla";

// Amsterdam is UTC+1 in winter (CET) and UTC+2 in summer (CEST). 2026: CEST from Sunday
// 29 March 02:00, back to CET on Sunday 25 October 03:00.
const at = (iso: string) => new Date(iso);
const due = (severity: "CRITICAL" | "HIGH" | "MEDIUM" | "LOW", iso: string, holidays = "") =>
  firstResponseDue(severity, at(iso), calendarWithHolidays(holidays))?.toISOString() ?? null;

describe("office calendar conversions", () => {
  it("finds local office times in winter and summer", () => {
    expect(new Date(zonedInstant({ year: 2026, month: 3, day: 2 }, 9 * 60, "Europe/Amsterdam")).toISOString()).toBe("2026-03-02T08:00:00.000Z");
    expect(new Date(zonedInstant({ year: 2026, month: 7, day: 1 }, 17 * 60, "Europe/Amsterdam")).toISOString()).toBe("2026-07-01T15:00:00.000Z");
    expect(new Date(zonedInstant({ year: 2026, month: 3, day: 30 }, 9 * 60, "Europe/Amsterdam")).toISOString()).toBe("2026-03-30T07:00:00.000Z");
    expect(new Date(zonedInstant({ year: 2026, month: 10, day: 26 }, 9 * 60, "Europe/Amsterdam")).toISOString()).toBe("2026-10-26T08:00:00.000Z");
  });

  it("moves an instant outside office hours to the next opening", () => {
    expect(nextOfficeInstant(at("2026-03-03T06:00:00Z"), DEFAULT_CALENDAR).toISOString()).toBe("2026-03-03T08:00:00.000Z");
    expect(nextOfficeInstant(at("2026-03-03T10:15:00Z"), DEFAULT_CALENDAR).toISOString()).toBe("2026-03-03T10:15:00.000Z");
    expect(nextOfficeInstant(at("2026-03-03T16:00:00Z"), DEFAULT_CALENDAR).toISOString()).toBe("2026-03-04T08:00:00.000Z");
    expect(nextOfficeInstant(at("2026-03-07T12:00:00Z"), DEFAULT_CALENDAR).toISOString()).toBe("2026-03-09T08:00:00.000Z");
  });
});

describe("Critical: first response within 2 office hours", () => {
  it("inside office hours on a weekday", () => {
    expect(due("CRITICAL", "2026-03-02T09:00:00Z")).toBe("2026-03-02T11:00:00.000Z"); // Mon 10:00 → 12:00 CET
  });
  it("carries the rest over to the next morning", () => {
    expect(due("CRITICAL", "2026-03-02T15:30:00Z")).toBe("2026-03-03T09:30:00.000Z"); // Mon 16:30 → Tue 10:30
  });
  it("over a weekend", () => {
    expect(due("CRITICAL", "2026-03-06T15:00:00Z")).toBe("2026-03-09T09:00:00.000Z"); // Fri 16:00 → Mon 10:00
  });
  it("opened on a Saturday", () => {
    expect(due("CRITICAL", "2026-03-07T11:00:00Z")).toBe("2026-03-09T10:00:00.000Z"); // → Mon 11:00
  });
  it("opened before opening time", () => {
    expect(due("CRITICAL", "2026-03-03T06:00:00Z")).toBe("2026-03-03T10:00:00.000Z"); // Tue 07:00 → 11:00
  });
  it("opened after closing time", () => {
    expect(due("CRITICAL", "2026-03-03T17:00:00Z")).toBe("2026-03-04T10:00:00.000Z"); // Tue 18:00 → Wed 11:00
  });
  it("opened exactly at closing time", () => {
    expect(due("CRITICAL", "2026-03-03T16:00:00Z")).toBe("2026-03-04T10:00:00.000Z"); // Tue 17:00 → Wed 11:00
  });
  it("opened exactly at opening time", () => {
    expect(due("CRITICAL", "2026-03-03T08:00:00Z")).toBe("2026-03-03T10:00:00.000Z");
  });
  it("skips a configured holiday", () => {
    expect(due("CRITICAL", "2026-03-02T15:30:00Z", "2026-03-03")).toBe("2026-03-04T09:30:00.000Z"); // Tue off → Wed 10:30
  });
  it("skips Christmas and the weekend after it", () => {
    expect(due("CRITICAL", "2026-12-24T15:00:00Z", "2026-12-25, 2026-12-26")).toBe("2026-12-28T09:00:00.000Z"); // Thu 16:00 → Mon 10:00
  });
  it("across the spring daylight-saving change (last Sunday of March)", () => {
    expect(due("CRITICAL", "2026-03-27T15:00:00Z")).toBe("2026-03-30T08:00:00.000Z"); // Fri 16:00 CET → Mon 10:00 CEST
  });
  it("across the autumn daylight-saving change (last Sunday of October)", () => {
    expect(due("CRITICAL", "2026-10-23T14:00:00Z")).toBe("2026-10-26T09:00:00.000Z"); // Fri 16:00 CEST → Mon 10:00 CET
  });
  it("opened in the non-existent hour of the spring change", () => {
    expect(due("CRITICAL", "2026-03-29T01:30:00Z")).toBe("2026-03-30T09:00:00.000Z"); // Sun → Mon 11:00 CEST
  });
});

describe("High: first response within 8 office hours", () => {
  it("a full office day when opened at opening time", () => {
    expect(due("HIGH", "2026-03-02T08:00:00Z")).toBe("2026-03-02T16:00:00.000Z"); // Mon 09:00 → 17:00
  });
  it("spills into the next business day", () => {
    expect(due("HIGH", "2026-03-02T09:00:00Z")).toBe("2026-03-03T09:00:00.000Z"); // Mon 10:00 → Tue 10:00
  });
  it("from Friday afternoon to Monday", () => {
    expect(due("HIGH", "2026-03-06T12:00:00Z")).toBe("2026-03-09T12:00:00.000Z"); // Fri 13:00 → Mon 13:00
  });
  it("across the spring change the wall-clock time is kept", () => {
    expect(due("HIGH", "2026-03-27T12:00:00Z")).toBe("2026-03-30T11:00:00.000Z"); // Fri 13:00 CET → Mon 13:00 CEST
  });
  it("across the autumn change the wall-clock time is kept", () => {
    expect(due("HIGH", "2026-10-23T11:00:00Z")).toBe("2026-10-26T12:00:00.000Z"); // Fri 13:00 CEST → Mon 13:00 CET
  });
  it("over a holiday and a weekend", () => {
    expect(due("HIGH", "2026-04-02T12:00:00Z", "2026-04-03,2026-04-06")).toBe("2026-04-07T12:00:00.000Z"); // Thu 14:00 → Tue 14:00 (Good Friday, Easter Monday)
  });
  it("opened at night", () => {
    expect(due("HIGH", "2026-03-02T23:30:00Z")).toBe("2026-03-03T16:00:00.000Z"); // Tue 00:30 → Tue 17:00
  });
});

describe("Medium: end of the next business day", () => {
  it("opened during office hours", () => {
    expect(due("MEDIUM", "2026-03-02T09:00:00Z")).toBe("2026-03-03T16:00:00.000Z"); // Mon → Tue 17:00
  });
  it("opened on Friday", () => {
    expect(due("MEDIUM", "2026-03-06T09:00:00Z")).toBe("2026-03-09T16:00:00.000Z"); // Fri → Mon 17:00
  });
  it("opened on Saturday counts as received Monday", () => {
    expect(due("MEDIUM", "2026-03-07T09:00:00Z")).toBe("2026-03-10T16:00:00.000Z"); // → Tue 17:00
  });
  it("opened before opening counts as received that morning", () => {
    expect(due("MEDIUM", "2026-03-02T06:00:00Z")).toBe("2026-03-03T16:00:00.000Z"); // Mon 07:00 → Tue 17:00
  });
  it("opened after closing counts as received the next morning", () => {
    expect(due("MEDIUM", "2026-03-02T17:00:00Z")).toBe("2026-03-04T16:00:00.000Z"); // Mon 18:00 → Wed 17:00
  });
  it("skips a holiday", () => {
    expect(due("MEDIUM", "2026-03-02T09:00:00Z", "2026-03-03")).toBe("2026-03-04T16:00:00.000Z");
  });
  it("across the spring change", () => {
    expect(due("MEDIUM", "2026-03-27T09:00:00Z")).toBe("2026-03-30T15:00:00.000Z"); // Fri → Mon 17:00 CEST
  });
  it("across the autumn change", () => {
    expect(due("MEDIUM", "2026-10-23T09:00:00Z")).toBe("2026-10-26T16:00:00.000Z"); // Fri → Mon 17:00 CET
  });
  it("endOfNextBusinessDay on its own", () => {
    expect(endOfNextBusinessDay(at("2026-03-05T12:00:00Z"), DEFAULT_CALENDAR).toISOString()).toBe("2026-03-06T16:00:00.000Z");
  });
});

describe("Low and the breach rule", () => {
  it("Low has no first-response clock", () => {
    expect(due("LOW", "2026-03-02T09:00:00Z")).toBeNull();
  });

  const dueAt = at("2026-03-02T11:00:00Z");
  it("is not breached before or exactly at the due time", () => {
    expect(isBreached({ firstResponseDueAt: dueAt, firstRespondedAt: null }, at("2026-03-02T10:59:59Z"))).toBe(false);
    expect(isBreached({ firstResponseDueAt: dueAt, firstRespondedAt: null }, dueAt)).toBe(false);
  });
  it("is breached once the due time passed without a staff response", () => {
    expect(isBreached({ firstResponseDueAt: dueAt, firstRespondedAt: null }, at("2026-03-02T11:00:01Z"))).toBe(true);
  });
  it("a response in time stops the clock for good", () => {
    expect(isBreached({ firstResponseDueAt: dueAt, firstRespondedAt: at("2026-03-02T10:00:00Z") }, at("2026-03-10T00:00:00Z"))).toBe(false);
  });
  it("a late response stays a breach", () => {
    expect(isBreached({ firstResponseDueAt: dueAt, firstRespondedAt: at("2026-03-02T12:00:00Z") }, at("2026-03-10T00:00:00Z"))).toBe(true);
  });
  it("a recorded breach flag wins", () => {
    expect(isBreached({ firstResponseDueAt: dueAt, firstRespondedAt: null, breachedAt: dueAt }, at("2026-03-01T00:00:00Z"))).toBe(true);
  });
  it("no due time never breaches", () => {
    expect(isBreached({ firstResponseDueAt: null, firstRespondedAt: null }, at("2030-01-01T00:00:00Z"))).toBe(false);
  });
  it("summarises the state", () => {
    expect(slaState({ firstResponseDueAt: null, firstRespondedAt: null }, dueAt)).toBe("none");
    expect(slaState({ firstResponseDueAt: dueAt, firstRespondedAt: null }, at("2026-03-02T10:00:00Z"))).toBe("running");
    expect(slaState({ firstResponseDueAt: dueAt, firstRespondedAt: at("2026-03-02T10:00:00Z") }, dueAt)).toBe("met");
    expect(slaState({ firstResponseDueAt: dueAt, firstRespondedAt: null }, at("2026-03-02T12:00:00Z"))).toBe("breached");
  });
});

describe("configuration", () => {
  it("parses holidays and ignores malformed entries", () => {
    expect([...parseHolidays(" 2026-12-25,2026-12-26 ,,xmas,2026-1-1")]).toEqual(["2026-12-25", "2026-12-26"]);
    expect([...parseHolidays(undefined)]).toEqual([]);
  });
  it("refuses a calendar without business days instead of looping", () => {
    expect(() => addOfficeHours(at("2026-03-02T09:00:00Z"), 2, { ...DEFAULT_CALENDAR, workdays: [] })).toThrow(/no business days/);
  });
  it("works in another office time zone", () => {
    const newYork = { ...DEFAULT_CALENDAR, timeZone: "America/New_York" };
    expect(addOfficeHours(at("2026-03-02T13:00:00Z"), 2, newYork).toISOString()).toBe("2026-03-02T16:00:00.000Z"); // 08:00 EST → 09:00 + 2h
  });
});
