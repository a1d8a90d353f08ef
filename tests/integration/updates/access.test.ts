import { beforeEach, describe, expect, it } from "vitest";
import * as rolloutRoute from "@/app/api/v1/admin/releases/[releaseId]/rollout/route";
import * as releasesRoute from "@/app/api/v1/admin/releases/route";
import * as clusterUpdatesRoute from "@/app/api/v1/clusters/[clusterId]/updates/route";
import { DEMO_USERS } from "@/prisma/demo-data";
import { clusterUpdatesFor } from "@/server/store/updates";
import { callRoute } from "../api";
import { actorFor, clusterByName, resetWithDemo, testDb } from "../db";

// Who may publish and steer rollouts (platform admins only) and who sees a cluster's updates
// (its organisation only; another organisation's cluster is not found), through the real routes.

const RELEASE = { version: "2027.Q1", kind: "QUARTERLY", components: { kubernetes: "1.32.0", operator: "2.24.0" } };
const publish = async (email: string, body: unknown) => callRoute(releasesRoute.POST, await actorFor(email), { url: "/api/v1/admin/releases", body });
const rollout = async (email: string, releaseId: string, action: string) =>
  callRoute(rolloutRoute.POST, await actorFor(email), { url: `/api/v1/admin/releases/${releaseId}/rollout`, params: { releaseId }, body: { action } });
const updatesOf = async (email: string, clusterId: string) => callRoute(clusterUpdatesRoute.GET, await actorFor(email), { url: `/api/v1/clusters/${clusterId}/updates`, params: { clusterId } });

beforeEach(resetWithDemo);

describe("releases", () => {
  it("only platform admins publish; everyone else is refused and audited, and nothing is written", async () => {
    for (const email of [DEMO_USERS.contosoOwner, DEMO_USERS.fabrikamOwner, DEMO_USERS.support]) {
      expect((await publish(email, RELEASE)).status).toBe(403);
    }
    expect(await testDb.release.count({ where: { version: "2027.Q1" } })).toBe(0);
    expect(await testDb.auditEvent.count({ where: { outcome: "DENIED", actorEmail: DEMO_USERS.support } })).toBeGreaterThan(0);
    const published = await publish(DEMO_USERS.admin, RELEASE);
    expect(published.status).toBe(201);
    expect(published.json).toMatchObject({ version: "2027.Q1", clusters: 2 });
    expect(await testDb.clusterUpdate.count({ where: { releaseId: published.json.id } })).toBe(2);
    expect((await publish(DEMO_USERS.admin, RELEASE)).status).toBe(409);
  });

  it("refuses bad releases with clear errors", async () => {
    const bad = [
      { ...RELEASE, kind: "WEEKLY" },
      { ...RELEASE, kind: "EMERGENCY" },
      { ...RELEASE, version: "2027\u0000Q1" },
      { ...RELEASE, components: {} },
      { ...RELEASE, components: { kubernetes: "latest" } },
      { ...RELEASE, firstWave: [(await clusterByName("contoso-dev")).id] },
    ];
    for (const body of bad) {
      const answer = await publish(DEMO_USERS.admin, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.json.error.fields).toBeTruthy();
    }
    expect(await testDb.release.count({ where: { status: "ROLLING_OUT" } })).toBe(0);
  });

  it("only platform admins pause and resume a rollout", async () => {
    const { json } = await publish(DEMO_USERS.admin, RELEASE);
    expect((await rollout(DEMO_USERS.contosoOwner, json.id, "pause")).status).toBe(403);
    expect((await rollout(DEMO_USERS.support, json.id, "pause")).status).toBe(403);
    expect((await rollout(DEMO_USERS.admin, json.id, "stop")).status).toBe(400);
    expect((await rollout(DEMO_USERS.admin, json.id, "pause")).json).toMatchObject({ paused: true });
    expect((await testDb.release.findUniqueOrThrow({ where: { id: json.id } })).pausedAt).not.toBeNull();
    expect((await rollout(DEMO_USERS.admin, json.id, "resume")).json).toMatchObject({ paused: false });
    expect((await rollout(DEMO_USERS.admin, "00000000-0000-4000-8000-000000000000", "pause")).status).toBe(404);
  });
});

describe("a cluster's updates", () => {
  it("are shown to its organisation only; another organisation's cluster is not found", async () => {
    await publish(DEMO_USERS.admin, RELEASE);
    const fabrikam = await clusterByName("fabrikam-main");
    const contoso = await clusterByName("contoso-prod");
    const own = await updatesOf(DEMO_USERS.fabrikamOwner, fabrikam.id);
    expect(own.status).toBe(200);
    expect(own.json.upcoming).toEqual([expect.objectContaining({ release: "2027.Q1", status: "SCHEDULED" })]);
    expect((await updatesOf(DEMO_USERS.contosoOwner, fabrikam.id)).status).toBe(404);
    expect((await updatesOf(DEMO_USERS.fabrikamOwner, contoso.id)).status).toBe(404);
    expect((await updatesOf(DEMO_USERS.contosoMember, contoso.id)).status).toBe(200);
    await expect(clusterUpdatesFor(testDb, await actorFor(DEMO_USERS.contosoOwner), fabrikam.id)).rejects.toMatchObject({ code: "not_found" });
  });
});
