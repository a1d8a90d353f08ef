import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-data";
import { AppError } from "@/server/errors";
import { getCluster, listClusters, ZClusterListQuery } from "@/server/store/clusters";
import { actorFor, clusterByName, resetWithDemo, testDb } from "./db";

const query = (input: Record<string, unknown> = {}) => ZClusterListQuery.parse(input);
const names = (page: { items: { name: string }[] }) => page.items.map((item) => item.name);

describe("cluster store scoping", () => {
  beforeAll(resetWithDemo);

  it("an owner sees every cluster of the organisation, in every state", async () => {
    const page = await listClusters(testDb, await actorFor(DEMO_USERS.contosoOwner), query());
    expect(names(page)).toEqual(["contoso-analytics", "contoso-dev", "contoso-prod"]);
    expect(page.statusCounts).toEqual({ INITIALIZED: 1, READY_TO_INITIALIZE: 1, FAILED: 1 });
  });

  it("a member sees initialized clusters only", async () => {
    const member = await actorFor(DEMO_USERS.contosoMember);
    expect(names(await listClusters(testDb, member, query()))).toEqual(["contoso-prod"]);
    const failed = await clusterByName("contoso-analytics");
    await expect(getCluster(testDb, member, failed.id)).rejects.toMatchObject({ code: "not_found" });
  });

  it("never shows another organisation's clusters, by list, by filter or by id", async () => {
    const fabrikam = await actorFor(DEMO_USERS.fabrikamOwner);
    const contoso = await testDb.organization.findUniqueOrThrow({ where: { slug: "contoso" } });
    expect(names(await listClusters(testDb, fabrikam, query()))).toEqual(["fabrikam-main", "fabrikam-sandbox"]);
    expect(names(await listClusters(testDb, fabrikam, query({ orgId: contoso.id })))).toEqual([]);
    const prod = await clusterByName("contoso-prod");
    const error = await getCluster(testDb, fabrikam, prod.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(404);
  });

  it("provider staff have no customer clusters through the list", async () => {
    expect(names(await listClusters(testDb, await actorFor(DEMO_USERS.support), query()))).toEqual([]);
    expect(names(await listClusters(testDb, await actorFor(DEMO_USERS.admin), query()))).toEqual([]);
  });

  it("filters by status and name and paginates on the server", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    expect(names(await listClusters(testDb, owner, query({ status: "FAILED" })))).toEqual(["contoso-analytics"]);
    expect(names(await listClusters(testDb, owner, query({ q: "DEV" })))).toEqual(["contoso-dev"]);
    const second = await listClusters(testDb, owner, query({ pageSize: "2", page: "2" }));
    expect(names(second)).toEqual(["contoso-prod"]);
    expect(second.total).toBe(3);
  });

  it("searches names literally: % and _ are characters, not wildcards", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const prod = await clusterByName("contoso-prod");
    for (const name of ["lab_1", "labx1", "50%-off", "50-off"]) {
      await testDb.cluster.create({ data: { orgId: prod.orgId, connectionId: prod.connectionId, name, region: prod.region, status: "INITIALIZED", managedApplicationId: `${prod.managedApplicationId}-${name}`, managedResourceGroup: `${prod.managedResourceGroup}-${name}` } });
    }
    expect(names(await listClusters(testDb, owner, query({ q: "lab_1" })))).toEqual(["lab_1"]);
    expect(names(await listClusters(testDb, owner, query({ q: "50%" })))).toEqual(["50%-off"]);
    expect(names(await listClusters(testDb, owner, query({ q: "\\" })))).toEqual([]);
    expect(ZClusterListQuery.safeParse({ q: "lab\u0000" }).success).toBe(false);
    await testDb.cluster.deleteMany({ where: { name: { in: ["lab_1", "labx1", "50%-off", "50-off"] } } });
  });

  it("answers not_found for ids that are not UUIDs", async () => {
    await expect(getCluster(testDb, await actorFor(DEMO_USERS.contosoOwner), "../etc")).rejects.toMatchObject({ code: "not_found" });
  });

  it("the overview carries components, environments and open tickets", async () => {
    const cluster = await getCluster(testDb, await actorFor(DEMO_USERS.contosoManager), (await clusterByName("contoso-prod")).id);
    expect(cluster.components).toHaveLength(13);
    expect(cluster.environments.map((environment) => environment.name)).toEqual(["acceptance", "production", "test"]);
  });
});
