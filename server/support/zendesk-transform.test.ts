import { describe, expect, it } from "vitest";
import { basicAuth, commentIdFromAudit, commentsFromZendesk, priorityToZendesk, statusFromZendesk, statusToZendesk, ticketUrl } from "./zendesk-transform";

describe("Zendesk transform", () => {
  it("maps Zendesk statuses to the portal's", () => {
    expect(["new", "open", "pending", "hold", "solved", "closed", "deleted"].map(statusFromZendesk)).toEqual(["OPEN", "OPEN", "AWAITING_REPLY", "ON_HOLD", "SOLVED", "SOLVED", null]);
  });
  it("maps portal statuses to Zendesk's", () => {
    expect((["OPEN", "ON_HOLD", "AWAITING_REPLY", "SOLVED", "CLOSED"] as const).map(statusToZendesk)).toEqual(["open", "hold", "pending", "solved", "solved"]);
  });
  it("maps severity to priority", () => {
    expect((["CRITICAL", "HIGH", "MEDIUM", "LOW"] as const).map(priorityToZendesk)).toEqual(["urgent", "high", "normal", "low"]);
  });
  it("builds API-token basic auth and ticket links", () => {
    expect(basicAuth("agent@example.com", "abc")).toBe(`Basic ${Buffer.from("agent@example.com/token:abc").toString("base64")}`);
    expect(ticketUrl("https://acme.zendesk.com/", 42)).toBe("https://acme.zendesk.com/agent/tickets/42");
  });
  it("drops the description and tells requester comments from agent comments", () => {
    const comments = commentsFromZendesk(
      [
        { id: 1, body: "description", author_id: 7 },
        { id: 2, body: "agent reply", author_id: 99, public: true, created_at: "2026-03-02T10:00:00Z" },
        { id: 3, plain_body: "customer", body: "<p>customer</p>", author_id: 7 },
        { id: 4, body: "internal", author_id: 99, public: false },
      ],
      7,
    );
    expect(comments.map(({ externalId, body, public: isPublic, fromRequester }) => ({ externalId, body, isPublic, fromRequester }))).toEqual([
      { externalId: "2", body: "agent reply", isPublic: true, fromRequester: false },
      { externalId: "3", body: "customer", isPublic: true, fromRequester: true },
      { externalId: "4", body: "internal", isPublic: false, fromRequester: false },
    ]);
    expect(comments[0].createdAt.toISOString()).toBe("2026-03-02T10:00:00.000Z");
  });
  it("finds the comment id in an update's audit", () => {
    expect(commentIdFromAudit({ audit: { events: [{ type: "Change", id: 1 }, { type: "Comment", id: 55 }] } })).toBe("55");
    expect(commentIdFromAudit({})).toBeNull();
  });
});
