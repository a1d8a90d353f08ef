import type PgBoss from "pg-boss";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { POST as refreshRoute } from "@/app/api/v1/clusters/[clusterId]/refresh/route";
import type { PipelineRequest, PipelineResponse, SendRequest } from "@azure/core-rest-pipeline";
import { getOrNull } from "@/server/azure/arm";
import { refreshClusterStatus } from "@/server/domain/clusters/refresh-cluster-status";
import { stopEnvironment } from "@/server/domain/environments/stop-environment";
import { AppError } from "@/server/errors";
import { createBoss } from "@/server/jobs/boss";
import { startOperation } from "@/server/jobs/enqueue";
import { runOperation } from "@/server/jobs/operation-runner";
import { ensureQueues } from "@/server/jobs/registry";
import { withTrace } from "@/server/trace";
import { DEMO_USERS } from "@/prisma/demo-data";
import { LOCATION, startTestEmulator, type TestEmulator } from "./emulator/helpers";
import { actorFor, clusterByName, resetWithDemo, testDb } from "./db";

// Operations never hang and never double up: the job is queued in the Operation's own
// transaction (a queue that refuses leaves nothing behind and tells the caller why), concurrent
// status refreshes join one operation, and failures keep Azure's own error codes.

let boss: PgBoss;
let emulator: TestEmulator;
beforeAll(async () => {
  boss = createBoss(process.env.DATABASE_URL!, { worker: false });
  await boss.start();
  await ensureQueues(boss);
  emulator = await startTestEmulator({ provisionMs: 10 });
  await emulator.clients.resources.resourceGroups.createOrUpdate("rg-ops", { location: LOCATION });
});
afterAll(async () => {
  await boss?.stop({ graceful: false });
  await emulator?.dispose();
});
beforeEach(async () => {
  await resetWithDemo();
  await emulator.admin.clearFaults();
});

const rg = () => emulator.clients.resources.resourceGroups.get("rg-ops");

/** A pg-boss whose every send fails, as when its database connection is gone. */
function brokenBoss(): PgBoss {
  return new Proxy(boss, {
    get(target, property, receiver) {
      if (property === "send") return async () => Promise.reject(new Error("connection terminated unexpectedly"));
      return Reflect.get(target, property, receiver);
    },
  });
}

const noSuchQueue = { name: "no.such-queue", schema: z.object({ operationId: z.string() }), retryLimit: 0, expireInSeconds: 60, handle: async () => undefined };

async function caught(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

describe("queueing an operation", () => {
  it("writes nothing and says why when the queue does not take the job", async () => {
    const org = await testDb.organization.findUniqueOrThrow({ where: { slug: "contoso" } });
    const before = await testDb.operation.count();
    const error = await caught(startOperation(testDb, boss, noSuchQueue, null, { kind: "test.op", orgId: org.id, targetType: "test", targetId: "t1" }));
    expect(error).toBeInstanceOf(AppError);
    expect(error.status).toBe(503);
    expect(error.message).toContain('the job queue "no.such-queue" did not accept the job');
    expect(await testDb.operation.count()).toBe(before);
  });

  it("leaves an environment as it was when queueing its stop fails", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const environment = await testDb.environment.findFirstOrThrow({ where: { state: "RUNNING", org: { slug: "contoso" } } });
    const error = await caught(stopEnvironment(testDb, { boss: brokenBoss(), dataPlane: null as never }, owner, environment.id));
    expect(error.status).toBe(503);
    expect(error.message).toContain("connection terminated unexpectedly");
    expect((await testDb.environment.findUniqueOrThrow({ where: { id: environment.id } })).state).toBe("RUNNING");
    expect(await testDb.operation.count({ where: { environmentId: environment.id } })).toBe(0);
  });

  it("refuses a refresh with the reason when the queue fails, leaving no operation behind", async () => {
    const member = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-prod");
    const error = await caught(refreshClusterStatus(testDb, brokenBoss(), member, cluster.id));
    expect(error.status).toBe(503);
    expect(error.message).toContain("connection terminated unexpectedly");
    expect(await testDb.operation.count({ where: { clusterId: cluster.id, kind: "cluster.refresh-status" } })).toBe(0);
    // The key is free again: the next refresh starts normally.
    const next = await refreshClusterStatus(testDb, boss, member, cluster.id);
    expect(next.status).toBe("QUEUED");
    expect(await boss.getJobById("cluster.refresh-status", next.id)).not.toBeNull();
  });
});

describe("concurrent status refreshes", () => {
  it("join exactly one operation, audited once", async () => {
    const member = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-prod");
    const operations = await Promise.all(Array.from({ length: 12 }, () => refreshClusterStatus(testDb, boss, member, cluster.id)));
    expect(new Set(operations.map((operation) => operation.id)).size).toBe(1);
    expect(await testDb.operation.count({ where: { clusterId: cluster.id, kind: "cluster.refresh-status" } })).toBe(1);
    expect(await testDb.auditEvent.count({ where: { targetId: cluster.id, action: "cluster.refresh-status" } })).toBe(1);
  });

  it("start a new one once the previous has finished", async () => {
    const member = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-prod");
    const first = await refreshClusterStatus(testDb, boss, member, cluster.id);
    expect(await runOperation(testDb, first.id, async () => undefined)).toBe("SUCCEEDED");
    const second = await refreshClusterStatus(testDb, boss, member, cluster.id);
    expect(second.id).not.toBe(first.id);
  });
});

describe("failures keep Azure's error codes", () => {
  async function failWith(read: () => Promise<unknown>) {
    const org = await testDb.organization.findUniqueOrThrow({ where: { slug: "contoso" } });
    const operation = await testDb.operation.create({ data: { kind: "test.op", orgId: org.id, targetType: "test", targetId: "t1" } });
    expect(await runOperation(testDb, operation.id, async (tracker) => tracker.step("read", read))).toBe("FAILED");
    return (await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } })).error as { code: string; message: string };
  }

  it("TooManyRequests when ARM keeps throttling", async () => {
    await emulator.admin.addFault({ kind: "throttle", resourceType: "Microsoft.Resources/resourceGroups", method: "GET" });
    expect((await failWith(rg)).code).toBe("TooManyRequests");
  });

  it("InternalServerError and ServiceUnavailable from ARM's 5xx answers, through our ARM helpers too", async () => {
    await emulator.admin.addFault({ kind: "serverError", resourceType: "Microsoft.Resources/resourceGroups", method: "GET" });
    expect((await failWith(rg)).code).toBe("InternalServerError");
    await emulator.admin.clearFaults();
    await emulator.admin.addFault({ kind: "serverError", status: 503, resourceType: "Microsoft.Resources/resourceGroups", method: "GET" });
    expect((await failWith(() => getOrNull(rg))).code).toBe("ServiceUnavailable");
  });

  it("the code of a failed long-running operation", async () => {
    await emulator.admin.addFault({ kind: "provisioningFailure", resourceType: "Microsoft.Storage/storageAccounts", code: "Conflict", message: "The storage account name is taken." });
    const failure = await failWith(() =>
      emulator.clients.storage.storageAccounts.beginCreateAndWait("rg-ops", "stopsfail", { location: LOCATION, kind: "StorageV2", sku: { name: "Standard_LRS" } }, emulator.clients.lro),
    );
    expect(failure).toEqual({ code: "Conflict", message: "The storage account name is taken." });
  });

  it("InternalError only for a fault of our own", async () => {
    expect((await failWith(async () => JSON.parse("{"))).code).toBe("InternalError");
  });
});

describe("request ids", () => {
  it("are answered in the error shape and the x-request-id header", async () => {
    const cluster = await clusterByName("contoso-prod");
    const request = (requestId: string) =>
      new Request(`http://portal.test/api/v1/clusters/${cluster.id}/refresh`, {
        method: "POST",
        headers: { host: "portal.test", origin: "https://evil.example", cookie: "session=x", "x-request-id": requestId },
      });
    const response = await refreshRoute(request("support-case-0001"), { params: Promise.resolve({ clusterId: cluster.id }) });
    expect(response.status).toBe(403);
    expect(response.headers.get("x-request-id")).toBe("support-case-0001");
    expect((await response.json()).error.requestId).toBe("support-case-0001");
    // An id that is not a sane token is replaced by a fresh one.
    const replaced = await refreshRoute(request("bad id\twith spaces"), { params: Promise.resolve({ clusterId: cluster.id }) });
    const id = replaced.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await replaced.json()).error.requestId).toBe(id);
  });

  it("are stored on the operations a request starts", async () => {
    const member = await actorFor(DEMO_USERS.contosoOwner);
    const cluster = await clusterByName("contoso-prod");
    const operation = await withTrace({ requestId: "req-operation-0001" }, () => refreshClusterStatus(testDb, boss, member, cluster.id));
    expect((await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } })).requestId).toBe("req-operation-0001");
  });

  it("reach ARM as x-ms-client-request-id, also from an operation run by the worker", async () => {
    const received: string[] = [];
    // The emulator echoes the x-ms-client-request-id it received; record what comes back.
    emulator.clients.resources.pipeline.addPolicy({
      name: "recordEcho",
      async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
        const response = await next(request);
        received.push(response.headers.get("x-ms-client-request-id") ?? "");
        return response;
      },
    });
    await withTrace({ requestId: "req-arm-call-0001" }, () => rg());
    expect(received).toEqual(["req-arm-call-0001"]);

    const org = await testDb.organization.findUniqueOrThrow({ where: { slug: "contoso" } });
    const operation = await withTrace({ requestId: "req-arm-call-0002" }, () =>
      testDb.operation.create({ data: { kind: "test.op", orgId: org.id, targetType: "test", targetId: "t1", requestId: "req-arm-call-0002" } }),
    );
    // The worker runs outside any request: the runner puts the operation's request id back.
    expect(await runOperation(testDb, operation.id, async (tracker) => tracker.step("read", () => rg()))).toBe("SUCCEEDED");
    expect(received).toEqual(["req-arm-call-0001", "req-arm-call-0002"]);
  });
});
