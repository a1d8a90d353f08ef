import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-data";
import * as notificationsRoute from "@/app/api/v1/notifications/route";
import * as readNotificationsRoute from "@/app/api/v1/notifications/read/route";
import { notifyUsers } from "@/server/store/notifications";
import { callRoute } from "../api";
import { actorFor, resetWithDemo, testDb } from "../db";

async function userId(email: string) {
  return (await testDb.user.findUniqueOrThrow({ where: { email } })).id;
}

describe("notifications: no duplicates, mark all read", () => {
  beforeEach(resetWithDemo);

  it("does not add the same news again while the user still has it unread, and does once it was read", async () => {
    const owner = await userId(DEMO_USERS.contosoOwner);
    const member = await userId(DEMO_USERS.contosoMember);
    const news = { kind: "ticket.reply", message: "Support replied to ticket #1: Slow" };
    expect(await notifyUsers(testDb, { userIds: [owner, member, owner], ...news })).toBe(2);
    expect(await notifyUsers(testDb, { userIds: [owner, member], ...news })).toBe(0);
    expect(await testDb.notification.count({ where: { userId: owner } })).toBe(1);
    // Other news is added.
    expect(await notifyUsers(testDb, { userIds: [owner], kind: "ticket.status", message: "Ticket #1 is now Solved" })).toBe(1);
    await testDb.notification.updateMany({ where: { userId: owner }, data: { readAt: new Date() } });
    expect(await notifyUsers(testDb, { userIds: [owner, member], ...news })).toBe(1);
    expect(await testDb.notification.count({ where: { userId: owner, readAt: null } })).toBe(1);
  });

  it("marks all of the caller's notifications read, and only theirs", async () => {
    const ownerActor = await actorFor(DEMO_USERS.contosoOwner);
    const fabrikamActor = await actorFor(DEMO_USERS.fabrikamOwner);
    await notifyUsers(testDb, { userIds: [ownerActor.userId, fabrikamActor.userId], kind: "ticket.reply", message: "A" });
    await notifyUsers(testDb, { userIds: [ownerActor.userId], kind: "ticket.reply", message: "B" });
    const answer = await callRoute(readNotificationsRoute.POST, ownerActor, { body: {} });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({ marked: 2 });
    expect((await callRoute(notificationsRoute.GET, ownerActor)).json.unread).toBe(0);
    expect((await callRoute(notificationsRoute.GET, fabrikamActor)).json.unread).toBe(1);
    // Another user's ids are ignored.
    const theirs = (await testDb.notification.findMany({ where: { userId: fabrikamActor.userId }, select: { id: true } })).map((row) => row.id);
    expect((await callRoute(readNotificationsRoute.POST, ownerActor, { body: { ids: theirs } })).json).toEqual({ marked: 0 });
    expect((await callRoute(notificationsRoute.GET, fabrikamActor)).json.unread).toBe(1);
  });

  it("refuses bad bodies, cross-site and anonymous requests and changes nothing", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    await notifyUsers(testDb, { userIds: [owner.userId], kind: "ticket.reply", message: "A" });
    for (const body of [{ ids: ["not-a-uuid"] }, { ids: [] }, { all: true }, { ids: "x" }, { ids: Array.from({ length: 201 }, () => crypto.randomUUID()) }]) {
      const answer = await callRoute(readNotificationsRoute.POST, owner, { body });
      expect(answer.status, JSON.stringify(body).slice(0, 40)).toBe(400);
    }
    const crossSite = await callRoute(readNotificationsRoute.POST, owner, { body: {}, headers: { origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    const anonymous = await callRoute(readNotificationsRoute.POST, null, { body: {} });
    expect(anonymous.status).toBe(401);
    expect(await testDb.notification.count({ where: { userId: owner.userId, readAt: null } })).toBe(1);
  });
});
