import { describe, expect, it } from "vitest";
import { groupNotifications, type NotificationItem } from "./notification-groups";

const item = (id: string, createdAt: string, extra: Partial<NotificationItem> = {}): NotificationItem => ({
  id,
  kind: "ticket.comment",
  message: `Reply ${id}`,
  read: false,
  createdAt,
  ticketNumber: 5,
  ...extra,
});

describe("groupNotifications", () => {
  const now = new Date("2026-03-10T09:00:00Z");

  it("groups by the user's local day, newest first", () => {
    const groups = groupNotifications([item("a", "2026-03-08T12:00:00Z"), item("b", "2026-03-10T08:00:00Z"), item("c", "2026-03-09T12:00:00Z")], "UTC", now);
    expect(groups.map((group) => group.day)).toEqual(["today", "yesterday", "2026-03-08"]);
    expect(groups[0].items.map((entry) => entry.id)).toEqual(["b"]);
  });

  it("uses the time zone to decide the day", () => {
    // 23:30 UTC on the 9th is already the 10th in Tokyo.
    const groups = groupNotifications([item("a", "2026-03-09T23:30:00Z")], "Asia/Tokyo", now);
    expect(groups[0].day).toBe("today");
    expect(groupNotifications([item("a", "2026-03-09T23:30:00Z")], "UTC", now)[0].day).toBe("yesterday");
  });

  it("shows an id once and folds the same news of the same day into its newest copy", () => {
    const same = { message: "Ticket #5 was answered", read: true };
    const groups = groupNotifications(
      [item("a", "2026-03-10T07:00:00Z", same), item("a", "2026-03-10T07:00:00Z", same), item("b", "2026-03-10T08:00:00Z", same), item("c", "2026-03-10T06:00:00Z", { ...same, read: false })],
      "UTC",
      now,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0].items).toHaveLength(1);
    expect(groups[0].items[0]).toMatchObject({ id: "b", repeats: 3, read: false, ids: ["b", "a", "c"] });
  });

  it("keeps news of other tickets apart", () => {
    const groups = groupNotifications([item("a", "2026-03-10T07:00:00Z", { message: "x" }), item("b", "2026-03-10T08:00:00Z", { message: "x", ticketNumber: 6 })], "UTC", now);
    expect(groups[0].items).toHaveLength(2);
  });
});
