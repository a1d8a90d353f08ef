import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-data";
import AdminOrganizationPage from "@/app/(staff)/admin/organizations/[orgId]/page";
import { AppError } from "@/server/errors";
import { ADMIN_ORG_LIST_LIMIT, getOrganizationForAdmin } from "@/server/store/admin-organization";
import { writePolicyRules } from "@/server/store/settings-policy";
import { runInRequestScope } from "../../support/next-headers";
import { PORTAL_ORIGIN, sessionCookie } from "../api";
import { actorFor, clusterByName, resetWithDemo, testDb } from "../db";

const NONE = "00000000-0000-4000-8000-000000000000";

/** Renders the page as `email` would open it (their session cookie), or returns what it threw. */
async function openPage(email: string | null, orgId: string): Promise<{ rendered?: unknown; thrown?: unknown }> {
  const headers = new Headers({ host: new URL(PORTAL_ORIGIN).host });
  if (email) headers.set("cookie", await sessionCookie((await testDb.user.findUniqueOrThrow({ where: { email } })).id));
  const request = new Request(`${PORTAL_ORIGIN}/admin/organizations/${orgId}`, { headers });
  try {
    return { rendered: await runInRequestScope(request, () => AdminOrganizationPage({ params: Promise.resolve({ orgId }) })) };
  } catch (thrown) {
    return { thrown };
  }
}

const digest = (thrown: unknown) => (thrown as { digest?: string } | undefined)?.digest ?? "";

describe("the admin's page of one organisation", () => {
  beforeEach(resetWithDemo);

  it("shows an admin the organisation's clusters, members, plan and settings policy", async () => {
    const admin = await actorFor(DEMO_USERS.admin);
    const prod = await clusterByName("contoso-prod");
    await writePolicyRules(testDb, prod.orgId, prod.orgId, { settings: { databaseHighAvailability: { mode: "locked", reason: "Contract" } } } as never, admin.userId);
    const view = await getOrganizationForAdmin(testDb, admin, prod.orgId);
    expect(view?.org.id).toBe(prod.orgId);
    expect(view?.clusters.map((cluster) => cluster.name)).toContain("contoso-prod");
    expect(view?.clusters.every((cluster) => cluster.id && cluster.name.startsWith("contoso"))).toBe(true);
    expect(view?.members.map((member) => member.user.email)).toEqual(expect.arrayContaining([DEMO_USERS.contosoOwner, DEMO_USERS.contosoManager, DEMO_USERS.contosoMember]));
    expect(view?.members.map((member) => member.user.email)).not.toContain(DEMO_USERS.fabrikamOwner);
    expect(view?.rules).toEqual([["databaseHighAvailability", { mode: "locked", reason: "Contract" }]]);
    expect(view?.clusterTotal).toBe(view?.clusters.length);

    const { rendered, thrown } = await openPage(DEMO_USERS.admin, prod.orgId);
    expect(thrown).toBeUndefined();
    expect(rendered).toBeTruthy();
  });

  it("refuses anyone but a platform admin (403 in the store, the 404 page for the page)", async () => {
    const prod = await clusterByName("contoso-prod");
    for (const email of [DEMO_USERS.support, DEMO_USERS.contosoOwner, DEMO_USERS.contosoMember, DEMO_USERS.fabrikamOwner]) {
      const actor = await actorFor(email);
      await expect(getOrganizationForAdmin(testDb, actor, prod.orgId)).rejects.toMatchObject({ code: "forbidden" });
      await expect(getOrganizationForAdmin(testDb, actor, prod.orgId)).rejects.toBeInstanceOf(AppError);
      // Their own organisation or another's: the page is not found either way.
      const { thrown } = await openPage(email, prod.orgId);
      expect(digest(thrown), email).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
    }
    const { thrown } = await openPage(null, prod.orgId);
    expect(digest(thrown)).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
  });

  it("answers an unknown or malformed id with the 404 page, even to an admin", async () => {
    const admin = await actorFor(DEMO_USERS.admin);
    expect(await getOrganizationForAdmin(testDb, admin, NONE)).toBeNull();
    expect(await getOrganizationForAdmin(testDb, admin, "not-an-id")).toBeNull();
    for (const id of [NONE, "not-an-id", `${NONE}\u0000`]) {
      const { thrown } = await openPage(DEMO_USERS.admin, id);
      expect(digest(thrown), id).toContain("NEXT_HTTP_ERROR_FALLBACK;404");
    }
  });

  it("lists at most ADMIN_ORG_LIST_LIMIT members and says how many there are", async () => {
    const admin = await actorFor(DEMO_USERS.admin);
    const prod = await clusterByName("contoso-prod");
    const extra = ADMIN_ORG_LIST_LIMIT + 5;
    await testDb.user.createMany({ data: Array.from({ length: extra }, (_, i) => ({ email: `bulk${i}@contoso.example`, name: `Bulk ${i}`, passwordHash: "x" })) });
    const users = await testDb.user.findMany({ where: { email: { startsWith: "bulk" } }, select: { id: true } });
    await testDb.membership.createMany({ data: users.map((user) => ({ orgId: prod.orgId, userId: user.id, role: "MEMBER" as const })) });
    const view = await getOrganizationForAdmin(testDb, admin, prod.orgId);
    expect(view?.members).toHaveLength(ADMIN_ORG_LIST_LIMIT);
    expect(view?.memberTotal).toBeGreaterThan(ADMIN_ORG_LIST_LIMIT + 4);
  });
});
