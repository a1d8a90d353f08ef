import { beforeAll, describe, expect, it } from "vitest";
import * as namespaceRoute from "@/app/api/v1/clusters/[clusterId]/namespaces/[namespaceId]/route";
import * as namespacesRoute from "@/app/api/v1/clusters/[clusterId]/namespaces/route";
import * as clusterRoute from "@/app/api/v1/clusters/[clusterId]/route";
import * as clustersRoute from "@/app/api/v1/clusters/route";
import { CLUSTER_NAMESPACE_LIMITATION } from "@/server/api/not-available";
import { callRoute } from "../api";
import { actorFor, clusterByName, resetWithDemo, testDb } from "../db";
import { DEMO_USERS } from "@/prisma/demo-data";

// The service's known limitation: clusters and namespaces are not created, changed or deleted
// through the API; every such call answers the same 405 and changes nothing.

beforeAll(async () => resetWithDemo());

describe("cluster and namespace writes", () => {
  it("answer 405 with one message, and the reads still work", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const prod = await clusterByName("contoso-prod");
    const namespace = await testDb.namespace.findUniqueOrThrow({ where: { clusterId: prod.id } });
    const before = await testDb.cluster.findUniqueOrThrow({ where: { id: prod.id } });
    const params = { clusterId: prod.id, namespaceId: namespace.id };
    const calls = [
      callRoute(clustersRoute.POST, owner, { url: "/api/v1/clusters", body: { name: "new-cluster" } }),
      callRoute(clusterRoute.PUT, owner, { method: "PUT", url: `/api/v1/clusters/${prod.id}`, params, body: { name: "renamed" } }),
      callRoute(clusterRoute.PATCH, owner, { method: "PATCH", url: `/api/v1/clusters/${prod.id}`, params, body: { name: "renamed" } }),
      callRoute(clusterRoute.DELETE, owner, { method: "DELETE", url: `/api/v1/clusters/${prod.id}`, params }),
      callRoute(namespacesRoute.POST, owner, { url: `/api/v1/clusters/${prod.id}/namespaces`, params, body: { name: "second" } }),
      callRoute(namespaceRoute.PUT, owner, { method: "PUT", url: `/api/v1/clusters/${prod.id}/namespaces/${namespace.id}`, params, body: { name: "x" } }),
      callRoute(namespaceRoute.PATCH, owner, { method: "PATCH", url: `/api/v1/clusters/${prod.id}/namespaces/${namespace.id}`, params, body: { name: "x" } }),
      callRoute(namespaceRoute.DELETE, owner, { method: "DELETE", url: `/api/v1/clusters/${prod.id}/namespaces/${namespace.id}`, params }),
    ];
    for (const answer of await Promise.all(calls)) {
      expect(answer.status).toBe(405);
      expect(answer.headers.get("allow")).toBe("GET");
      expect(answer.json.error).toEqual({ code: "not_available", message: CLUSTER_NAMESPACE_LIMITATION });
    }
    expect(await testDb.cluster.findUniqueOrThrow({ where: { id: prod.id } })).toEqual(before);
    expect(await testDb.namespace.count({ where: { clusterId: prod.id } })).toBe(1);

    const listed = await callRoute(namespacesRoute.GET, owner, { url: `/api/v1/clusters/${prod.id}/namespaces`, params });
    expect(listed.json.items).toEqual([{ id: namespace.id, name: "contoso-prod-apps" }]);
    expect((await callRoute(namespaceRoute.GET, owner, { url: `/api/v1/clusters/${prod.id}/namespaces/${namespace.id}`, params })).json.name).toBe("contoso-prod-apps");
    // Another organisation's namespace does not exist for the caller.
    const fabrikam = await actorFor(DEMO_USERS.fabrikamOwner);
    expect((await callRoute(namespacesRoute.GET, fabrikam, { url: `/api/v1/clusters/${prod.id}/namespaces`, params })).status).toBe(404);
    // Without a session the limitation is not even told.
    expect((await callRoute(clusterRoute.DELETE, null, { method: "DELETE", url: `/api/v1/clusters/${prod.id}`, params })).status).toBe(401);
  });
});
