import { beforeEach, describe, expect, it } from "vitest";
import * as clusterRoute from "@/app/api/v1/clusters/[clusterId]/route";
import * as clustersRoute from "@/app/api/v1/clusters/route";
import * as ticketRoute from "@/app/api/v1/tickets/[ticketId]/route";
import * as ticketsRoute from "@/app/api/v1/tickets/route";
import { NUL_MESSAGE } from "@/lib/text";
import { DEMO_USERS } from "@/prisma/demo-data";
import { JSON_BODY_LIMIT_BYTES } from "@/server/api/request-guard";
import { revokeSession } from "@/server/store/sessions";
import { callRoute, PORTAL_ORIGIN, sessionCookie } from "./api";
import { actorFor, clusterByName, resetWithDemo, testDb } from "./db";

// What every /api/v1 route does before and around its handler (server/api/route.ts apiRoute),
// through the app's route files: authentication, the error shape, cross-site and media-type
// refusals, the body limit, NUL characters, refusals audited, no caching.

beforeEach(resetWithDemo);

const ticketInput = (clusterId: string, overrides: Record<string, unknown> = {}) => ({ clusterId, subject: "Apps are slow", description: "Since this morning all apps respond slowly.", severity: "LOW", ...overrides });

describe("authentication", () => {
  it("401 with the error shape without a session, with a forged cookie, and after sign-out", async () => {
    const anonymous = await callRoute(clustersRoute.GET, null, { url: "/api/v1/clusters" });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json).toEqual({ error: { code: "unauthenticated", message: "Sign in or send an access token." } });
    expect(anonymous.headers.get("cache-control")).toBe("no-store");

    const forged = await callRoute(clustersRoute.GET, null, { url: "/api/v1/clusters", cookie: "authjs.session-token=not-a-token" });
    expect(forged.status).toBe(401);

    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const cookie = await sessionCookie(owner.userId);
    const signedIn = await callRoute(clustersRoute.GET, null, { url: "/api/v1/clusters", cookie });
    expect(signedIn.status).toBe(200);
    expect(signedIn.json.items.map((cluster: { name: string }) => cluster.name)).toContain("contoso-prod");
    expect(signedIn.headers.get("cache-control")).toBe("no-store");

    const session = await testDb.userSession.findFirstOrThrow({ where: { userId: owner.userId }, orderBy: { createdAt: "desc" } });
    await revokeSession(testDb, session.id);
    expect((await callRoute(clustersRoute.GET, null, { url: "/api/v1/clusters", cookie })).status).toBe(401);
  });
});

describe("rights", () => {
  it("403 for a member who may not change a ticket's status, audited, nothing changed", async () => {
    const cluster = await clusterByName("contoso-prod");
    const member = await actorFor(DEMO_USERS.contosoMember);
    const created = await callRoute(ticketsRoute.POST, member, { url: "/api/v1/tickets", body: ticketInput(cluster.id) });
    expect(created.status).toBe(201);
    const ticketId = created.json.ticket.id as string;

    const refused = await callRoute(ticketRoute.PATCH, member, { method: "PATCH", url: `/api/v1/tickets/${ticketId}`, params: { ticketId }, body: { status: "SOLVED" } });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe("forbidden");
    expect(typeof refused.json.error.message).toBe("string");
    expect((await testDb.ticket.findUniqueOrThrow({ where: { id: ticketId } })).status).toBe("OPEN");
    const audited = await testDb.auditEvent.findMany({ where: { outcome: "DENIED", actorEmail: DEMO_USERS.contosoMember } });
    expect(audited.map((event) => [event.action, event.purpose, event.orgId])).toEqual([[`api.patch /api/v1/tickets/${ticketId}`, "forbidden", null]]);
  });

  it("another organisation's cluster and ticket are 404, audited, and look like ids that do not exist", async () => {
    const cluster = await clusterByName("contoso-prod");
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const ticketId = (await callRoute(ticketsRoute.POST, owner, { url: "/api/v1/tickets", body: ticketInput(cluster.id) })).json.ticket.id as string;
    const fabrikam = await actorFor(DEMO_USERS.fabrikamOwner);

    const hiddenCluster = await callRoute(clusterRoute.GET, fabrikam, { url: `/api/v1/clusters/${cluster.id}`, params: { clusterId: cluster.id } });
    const missingCluster = await callRoute(clusterRoute.GET, fabrikam, { url: "/api/v1/clusters/x", params: { clusterId: "00000000-0000-4000-8000-000000000000" } });
    expect(hiddenCluster.status).toBe(404);
    expect(hiddenCluster.json).toEqual(missingCluster.json);
    expect(hiddenCluster.json.error.code).toBe("not_found");

    const hiddenTicket = await callRoute(ticketRoute.GET, fabrikam, { url: `/api/v1/tickets/${ticketId}`, params: { ticketId } });
    expect(hiddenTicket.status).toBe(404);
    expect(hiddenTicket.json).toEqual({ error: { code: "not_found", message: "Ticket not found." } });
    const patched = await callRoute(ticketRoute.PATCH, fabrikam, { method: "PATCH", url: `/api/v1/tickets/${ticketId}`, params: { ticketId }, body: { status: "SOLVED" } });
    expect(patched.status).toBe(404);

    const audited = await testDb.auditEvent.findMany({ where: { outcome: "DENIED", actorEmail: DEMO_USERS.fabrikamOwner }, orderBy: { at: "asc" } });
    expect(audited.map((event) => event.purpose)).toEqual(["not_found", "not_found", "not_found", "not_found"]);
    expect(audited.every((event) => event.orgId === null)).toBe(true);
    expect((await testDb.ticket.findUniqueOrThrow({ where: { id: ticketId } })).status).toBe("OPEN");
  });
});

describe("bad input", () => {
  it("400 with fields for invalid values and NUL characters in bodies and queries; nothing stored", async () => {
    const cluster = await clusterByName("contoso-prod");
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const invalid = await callRoute(ticketsRoute.POST, owner, { url: "/api/v1/tickets", body: { subject: "x", description: "", severity: "URGENT" } });
    expect(invalid.status).toBe(400);
    expect(invalid.json.error.code).toBe("invalid_input");
    expect(Object.keys(invalid.json.error.fields).sort()).toEqual(["clusterId", "description", "severity", "subject"]);

    const nul = await callRoute(ticketsRoute.POST, owner, { url: "/api/v1/tickets", body: ticketInput(cluster.id, { subject: "Apps\u0000slow" }) });
    expect(nul.status).toBe(400);
    expect(nul.json.error.fields).toEqual({ subject: [NUL_MESSAGE] });

    const nulQuery = await callRoute(ticketsRoute.GET, owner, { url: "/api/v1/tickets?status=OPEN%00" });
    expect(nulQuery.status).toBe(400);
    expect(nulQuery.json.error.fields).toEqual({ status: [NUL_MESSAGE] });

    const badQuery = await callRoute(ticketsRoute.GET, owner, { url: "/api/v1/tickets?pageSize=1000" });
    expect(badQuery.status).toBe(400);
    expect(Object.keys(badQuery.json.error.fields)).toEqual(["pageSize"]);

    const broken = await callRoute(ticketsRoute.POST, owner, { url: "/api/v1/tickets", rawBody: "{", headers: { "content-type": "application/json" } });
    expect(broken.status).toBe(400);
    expect(broken.json.error).toEqual({ code: "invalid_input", message: "The request body is not valid JSON." });
    expect(await testDb.ticket.count()).toBe(0);
  });
});

describe("cross-site requests and media types", () => {
  it("403 for a write from another site carrying the cookie, 415 for a body that is not JSON; nothing stored", async () => {
    const cluster = await clusterByName("contoso-prod");
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const body = JSON.stringify(ticketInput(cluster.id));

    const crossSite = await callRoute(ticketsRoute.POST, owner, { url: "/api/v1/tickets", rawBody: body, headers: { "content-type": "application/json", origin: "http://evil.example" } });
    expect(crossSite.status).toBe(403);
    expect(crossSite.json.error.code).toBe("forbidden");
    expect(crossSite.json.error.message).toContain("another site");
    const noOrigin = await callRoute(ticketsRoute.POST, owner, { url: "/api/v1/tickets", body: ticketInput(cluster.id), headers: { origin: "", "sec-fetch-site": "cross-site" } });
    expect(noOrigin.status).toBe(403);

    const plain = await callRoute(ticketsRoute.POST, owner, { url: "/api/v1/tickets", rawBody: body, headers: { "content-type": "text/plain" } });
    expect(plain.status).toBe(415);
    expect(plain.json.error.code).toBe("unsupported_media_type");
    const form = await callRoute(ticketsRoute.POST, owner, { url: "/api/v1/tickets", rawBody: "subject=x", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(form.status).toBe(415);
    expect(await testDb.ticket.count()).toBe(0);

    // The same request from the portal's own page goes through.
    const own = await callRoute(ticketsRoute.POST, owner, { url: "/api/v1/tickets", rawBody: body, headers: { "content-type": "application/json", origin: PORTAL_ORIGIN } });
    expect(own.status).toBe(201);
  });

  it("413 for a JSON body over the limit, by its declared length or as it streams", async () => {
    const cluster = await clusterByName("contoso-prod");
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const big = JSON.stringify(ticketInput(cluster.id, { description: "x".repeat(JSON_BODY_LIMIT_BYTES) }));
    const declared = await callRoute(ticketsRoute.POST, owner, { url: "/api/v1/tickets", rawBody: big, headers: { "content-type": "application/json", "content-length": String(big.length) } });
    expect(declared.status).toBe(413);
    expect(declared.json.error.code).toBe("payload_too_large");

    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode("x".repeat(64 * 1024)));
        if (pulled > 1000) controller.close();
      },
    });
    const streamed = await callRoute(ticketsRoute.POST, owner, { url: "/api/v1/tickets", rawBody: stream, headers: { "content-type": "application/json" } });
    expect(streamed.status).toBe(413);
    // Reading stopped just past 1 MB, far from the 64 MB the client offered.
    expect(pulled).toBeLessThan(20);
    expect(await testDb.ticket.count()).toBe(0);
  });
});
