import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as clusterRoute from "@/app/api/v1/clusters/[clusterId]/route";
import * as recoverRoute from "@/app/api/v1/clusters/[clusterId]/recover/route";
import * as refreshRoute from "@/app/api/v1/clusters/[clusterId]/refresh/route";
import * as clustersRoute from "@/app/api/v1/clusters/route";
import * as ticketsRoute from "@/app/api/v1/tickets/route";
import * as tokenRoute from "@/app/api/v1/tokens/[tokenId]/route";
import * as tokensRoute from "@/app/api/v1/tokens/route";
import { TOKEN_MAX_PER_USER } from "@/lib/access-tokens";
import { DEMO_USERS } from "@/prisma/demo-data";
import type { Actor } from "@/server/auth/permissions";
import { callRoute, sessionCookie, type CallInit, type RouteHandler } from "./api";
import { actorFor, clusterByName, resetWithDemo, testDb } from "./db";

// Personal access tokens through the app's own routes: created by a signed-in person, then sent
// as `Authorization: Bearer` to any /api/v1 route, acting as their user with the token's scopes.

beforeEach(resetWithDemo);
afterEach(() => vi.useRealTimers());

async function createToken(actor: Actor, body: unknown = { name: "CI", scopes: ["read", "write"] }) {
  const created = await callRoute(tokensRoute.POST, actor, { url: "/api/v1/tokens", body });
  expect(created.status, created.text).toBe(201);
  return created.json as { id: string; token: string; prefix: string; scopes: string[]; expiresAt: string; name: string };
}

/** Calls a route with the token alone: no cookie, as a script would. */
function withToken<P extends Record<string, string>>(handler: RouteHandler<P>, token: string, init: CallInit<P> = {}) {
  return callRoute(handler, null, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
}

describe("creating and listing", () => {
  it("shows the secret once, stores only its hash, lists the token with its prefix, and audits it", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const created = await createToken(owner, { name: "Deploy script", scopes: ["read"], expiresInDays: 30 });
    expect(created.token).toMatch(/^mxp_/);
    expect(created.token.startsWith(created.prefix)).toBe(true);
    expect(created.scopes).toEqual(["read"]);
    expect(new Date(created.expiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect(new Date(created.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(30 * 86_400_000);

    const row = await testDb.accessToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(created.token);

    const listed = await callRoute(tokensRoute.GET, owner, { url: "/api/v1/tokens" });
    expect(listed.status).toBe(200);
    expect(listed.json.items).toEqual([expect.objectContaining({ id: created.id, name: "Deploy script", prefix: created.prefix, lastUsedAt: null, expired: false })]);
    expect(listed.text).not.toContain(created.token);
    expect(listed.json.items[0]).not.toHaveProperty("token");

    // Nobody else sees it.
    const manager = await actorFor(DEMO_USERS.contosoManager);
    expect((await callRoute(tokensRoute.GET, manager, { url: "/api/v1/tokens" })).json.items).toEqual([]);

    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "access-token.create" } });
    expect(audit).toMatchObject({ actorId: owner.userId, targetId: created.id, outcome: "SUCCESS" });
    expect(JSON.stringify(audit.after)).not.toContain(created.token);
  });

  it("refuses bad input with the field's message and creates nothing", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const cases: [unknown, string][] = [
      [{ name: "", scopes: ["read"] }, "name"],
      [{ name: "a\u0000b", scopes: ["read"] }, "name"],
      [{ name: "x".repeat(101), scopes: ["read"] }, "name"],
      [{ name: "CI", scopes: [] }, "scopes"],
      [{ name: "CI", scopes: ["admin"] }, "scopes.0"],
      [{ name: "CI", scopes: ["read", "read"] }, "scopes"],
      [{ name: "CI", scopes: ["read"], expiresInDays: 366 }, "expiresInDays"],
      [{ name: "CI", scopes: ["read"], expiresInDays: 0 }, "expiresInDays"],
      [{ name: "CI", scopes: ["read"], userId: owner.userId }, "_"],
    ];
    for (const [body, field] of cases) {
      const refused = await callRoute(tokensRoute.POST, owner, { url: "/api/v1/tokens", body });
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(refused.json.error.fields ?? {}), JSON.stringify(body)).toContain(field);
    }
    expect(await testDb.accessToken.count()).toBe(0);
  });

  it(`holds at most ${TOKEN_MAX_PER_USER} live tokens per person`, async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    await Promise.all(Array.from({ length: TOKEN_MAX_PER_USER }, (_, i) => createToken(owner, { name: `t${i}`, scopes: ["read"] })));
    const refused = await callRoute(tokensRoute.POST, owner, { url: "/api/v1/tokens", body: { name: "one more", scopes: ["read"] } });
    expect(refused.status).toBe(409);
    expect(await testDb.accessToken.count()).toBe(TOKEN_MAX_PER_USER);
  });

  it("a token cannot create another token", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const { token } = await createToken(owner);
    const refused = await withToken(tokensRoute.POST, token, { url: "/api/v1/tokens", body: { name: "child", scopes: ["read"] } });
    expect(refused.status).toBe(403);
    expect(await testDb.accessToken.count()).toBe(1);
  });
});

describe("bearer requests", () => {
  it("act as the token's user: their organisation's clusters, another organisation's cluster is 404", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const { token } = await createToken(owner, { name: "read", scopes: ["read"] });
    const list = await withToken(clustersRoute.GET, token, { url: "/api/v1/clusters" });
    expect(list.status).toBe(200);
    const names = list.json.items.map((cluster: { name: string }) => cluster.name);
    expect(names).toContain("contoso-prod");
    expect(names.some((name: string) => name.startsWith("fabrikam"))).toBe(false);

    const fabrikam = await clusterByName("fabrikam-sandbox");
    const hidden = await withToken(clusterRoute.GET, token, { url: `/api/v1/clusters/${fabrikam.id}`, params: { clusterId: fabrikam.id } });
    expect(hidden.status).toBe(404);
    const prod = await clusterByName("contoso-prod");
    expect((await withToken(clusterRoute.GET, token, { url: `/api/v1/clusters/${prod.id}`, params: { clusterId: prod.id } })).status).toBe(200);
  });

  it("a read token may not call any unsafe method (403, audited, nothing changed); a write token may", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const prod = await clusterByName("contoso-prod");
    const ticket = { clusterId: prod.id, subject: "Apps are slow", description: "Since this morning all apps respond slowly.", severity: "LOW" };
    const read = await createToken(owner, { name: "read", scopes: ["read"] });

    const refused = await withToken(ticketsRoute.POST, read.token, { url: "/api/v1/tickets", body: ticket });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe("forbidden");
    const refresh = await withToken(refreshRoute.POST, read.token, { method: "POST", url: `/api/v1/clusters/${prod.id}/refresh`, params: { clusterId: prod.id } });
    expect(refresh.status).toBe(403);
    const revoke = await withToken(tokenRoute.DELETE, read.token, { method: "DELETE", url: `/api/v1/tokens/${read.id}`, params: { tokenId: read.id } });
    expect(revoke.status).toBe(403);
    expect(await testDb.ticket.count()).toBe(0);
    const denied = await testDb.auditEvent.findMany({ where: { outcome: "DENIED", actorId: owner.userId } });
    expect(denied.map((event) => [event.action, event.actorKind])).toContainEqual(["api.post /api/v1/tickets", "TOKEN"]);

    const write = await createToken(owner, { name: "write", scopes: ["write"] });
    const opened = await withToken(ticketsRoute.POST, write.token, { url: "/api/v1/tickets", body: ticket });
    expect(opened.status).toBe(201);
    expect((await withToken(clustersRoute.GET, write.token, { url: "/api/v1/clusters" })).status).toBe(200);
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "ticket.open" } });
    expect(audit).toMatchObject({ actorId: owner.userId, actorKind: "TOKEN" });
  });

  it("keeps the user's role: a member's write token is refused what the member is refused", async () => {
    const member = await actorFor(DEMO_USERS.contosoMember);
    const prod = await clusterByName("contoso-prod");
    const { token } = await createToken(member);
    const init = { method: "POST", url: `/api/v1/clusters/${prod.id}/recover`, params: { clusterId: prod.id } };
    expect((await callRoute(recoverRoute.POST, member, init)).status).toBe(403);
    expect((await withToken(recoverRoute.POST, token, init)).status).toBe(403);
    expect(await testDb.operation.count({ where: { clusterId: prod.id, kind: { contains: "recover" } } })).toBe(0);
  });

  it("a revoked token is 401 from the next request on; a malformed or unknown one is 401", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const { id, token } = await createToken(owner);
    expect((await withToken(clustersRoute.GET, token, { url: "/api/v1/clusters" })).status).toBe(200);
    const revoked = await callRoute(tokenRoute.DELETE, owner, { method: "DELETE", url: `/api/v1/tokens/${id}`, params: { tokenId: id } });
    expect(revoked.status).toBe(204);
    const after = await withToken(clustersRoute.GET, token, { url: "/api/v1/clusters" });
    expect(after.status).toBe(401);
    expect(after.json.error).toEqual({ code: "unauthenticated", message: "The access token is not valid, has expired or was revoked." });
    expect((await callRoute(tokensRoute.GET, owner, { url: "/api/v1/tokens" })).json.items).toEqual([]);
    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { action: "access-token.revoke" } });
    expect(audit).toMatchObject({ actorId: owner.userId, targetId: id });

    const unknown = `mxp_${"A".repeat(43)}`;
    expect((await withToken(clustersRoute.GET, unknown, { url: "/api/v1/clusters" })).status).toBe(401);
    expect((await callRoute(clustersRoute.GET, null, { url: "/api/v1/clusters", headers: { authorization: "Bearer nonsense" } })).status).toBe(401);
    // A bad bearer header is not rescued by a valid session cookie: the header decides.
    const cookie = await sessionCookie(owner.userId);
    expect((await callRoute(clustersRoute.GET, null, { url: "/api/v1/clusters", cookie, headers: { authorization: "Basic abc" } })).status).toBe(401);
  });

  it("an expired token is 401 (fake clock), and last use is recorded at most once a minute", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2027-01-10T09:00:00Z");
    vi.setSystemTime(start);
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const { id, token } = await createToken(owner, { name: "short", scopes: ["read"], expiresInDays: 1 });

    expect((await withToken(clustersRoute.GET, token, { url: "/api/v1/clusters" })).status).toBe(200);
    const lastUse = async () => (await testDb.accessToken.findUniqueOrThrow({ where: { id } })).lastUsedAt?.toISOString();
    expect(await lastUse()).toBe(start.toISOString());
    vi.setSystemTime(new Date(start.getTime() + 30_000));
    await withToken(clustersRoute.GET, token, { url: "/api/v1/clusters" });
    expect(await lastUse()).toBe(start.toISOString());
    const later = new Date(start.getTime() + 61_000);
    vi.setSystemTime(later);
    await withToken(clustersRoute.GET, token, { url: "/api/v1/clusters" });
    expect(await lastUse()).toBe(later.toISOString());

    vi.setSystemTime(new Date(start.getTime() + 86_400_000 - 1000));
    expect((await withToken(clustersRoute.GET, token, { url: "/api/v1/clusters" })).status).toBe(200);
    vi.setSystemTime(new Date(start.getTime() + 86_400_000));
    expect((await withToken(clustersRoute.GET, token, { url: "/api/v1/clusters" })).status).toBe(401);
    const listed = await callRoute(tokensRoute.GET, owner, { url: "/api/v1/tokens" });
    expect(listed.json.items).toEqual([expect.objectContaining({ id, expired: true })]);
  });

  it("a disabled user's token is 401", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const { token } = await createToken(owner);
    await testDb.user.update({ where: { id: owner.userId }, data: { disabledAt: new Date() } });
    expect((await withToken(clustersRoute.GET, token, { url: "/api/v1/clusters" })).status).toBe(401);
  });

  it("a bearer write is not subject to the browser-origin check; a cookie write from another site still is", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const prod = await clusterByName("contoso-prod");
    const { token } = await createToken(owner);
    const ticket = { clusterId: prod.id, subject: "From CI", description: "Opened by a pipeline with a token.", severity: "LOW" };
    const bearer = await withToken(ticketsRoute.POST, token, { url: "/api/v1/tickets", body: ticket, headers: { origin: "https://elsewhere.example" } });
    expect(bearer.status).toBe(201);
    const crossSite = await callRoute(ticketsRoute.POST, owner, { url: "/api/v1/tickets", body: ticket, headers: { origin: "https://elsewhere.example" } });
    expect(crossSite.status).toBe(403);
    expect(await testDb.ticket.count()).toBe(1);
  });
});

describe("revoking", () => {
  it("only the token's owner revokes it; for anyone else it is not found and keeps working", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const { id, token } = await createToken(owner);
    for (const email of [DEMO_USERS.contosoManager, DEMO_USERS.fabrikamOwner, DEMO_USERS.admin]) {
      const other = await actorFor(email);
      const refused = await callRoute(tokenRoute.DELETE, other, { method: "DELETE", url: `/api/v1/tokens/${id}`, params: { tokenId: id } });
      expect(refused.status, email).toBe(404);
    }
    expect((await withToken(clustersRoute.GET, token, { url: "/api/v1/clusters" })).status).toBe(200);
    expect((await callRoute(tokenRoute.DELETE, owner, { method: "DELETE", url: "/api/v1/tokens/x", params: { tokenId: "not-an-id" } })).status).toBe(404);
    // A write token may revoke itself (a script cleaning up), and then it is gone.
    expect((await withToken(tokenRoute.DELETE, token, { method: "DELETE", url: `/api/v1/tokens/${id}`, params: { tokenId: id } })).status).toBe(204);
    expect((await withToken(clustersRoute.GET, token, { url: "/api/v1/clusters" })).status).toBe(401);
  });
});
