import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createBoss } from "@/server/jobs/boss";
import { OperationFailure, runOperation } from "@/server/jobs/operation-runner";
import { ensureQueues } from "@/server/jobs/registry";
import { refreshClusterStatusJob } from "@/server/jobs/refresh-cluster-status";
import { requeueExpiredOperations } from "@/server/jobs/requeue-expired";
import { withTrace } from "@/server/trace";
import { resetWithDemo, testDb } from "./db";

const boss = createBoss(process.env.DATABASE_URL!, { worker: false });
beforeAll(async () => {
  await boss.start();
  await ensureQueues(boss);
});
afterAll(() => boss.stop({ graceful: false }));

async function newOperation() {
  const org = await testDb.organization.findUniqueOrThrow({ where: { slug: "contoso" } });
  return testDb.operation.create({ data: { kind: "test.op", orgId: org.id, targetType: "test", targetId: "t1" } });
}

describe("operation runner", () => {
  beforeEach(resetWithDemo);

  it("records planned steps, progress and the result", async () => {
    const operation = await newOperation();
    const outcome = await runOperation(testDb, operation.id, async (tracker) => {
      await tracker.plan(["one", "two"]);
      await tracker.step("one", async () => undefined);
      await tracker.step("two", async () => undefined);
      return { done: true };
    });
    expect(outcome).toBe("SUCCEEDED");
    const stored = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
    expect(stored.status).toBe("SUCCEEDED");
    expect((stored.steps as { name: string; status: string }[]).map((step) => [step.name, step.status])).toEqual([["one", "succeeded"], ["two", "succeeded"]]);
    expect(stored.result).toEqual({ done: true });
    expect(stored.attempts).toBe(1);
  });

  it("resumes after a crash without repeating finished steps", async () => {
    const operation = await newOperation();
    const runs: string[] = [];
    // First attempt: the process "dies" during step two (the error escapes like a crash would not,
    // so simulate by leaving the operation RUNNING with step one done).
    await testDb.operation.update({
      where: { id: operation.id },
      data: { status: "RUNNING", attempts: 1, steps: [{ name: "one", status: "succeeded" }, { name: "two", status: "running" }] },
    });
    const outcome = await runOperation(testDb, operation.id, async (tracker) => {
      await tracker.step("one", async () => void runs.push("one"));
      await tracker.step("two", async () => void runs.push("two"));
    });
    expect(outcome).toBe("SUCCEEDED");
    expect(runs).toEqual(["two"]);
    expect((await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } })).attempts).toBe(2);
  });

  it("marks the failed step and the operation with the error code", async () => {
    const operation = await newOperation();
    const outcome = await runOperation(testDb, operation.id, async (tracker) => {
      await tracker.step("create AKS", async () => {
        throw new OperationFailure("QuotaExceeded", "Not enough cores.");
      });
    });
    expect(outcome).toBe("FAILED");
    const stored = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
    expect(stored.error).toEqual({ code: "QuotaExceeded", message: "Not enough cores." });
    expect(stored.steps).toMatchObject([{ name: "create AKS", status: "failed", detail: "QuotaExceeded: Not enough cores." }]);
  });

  it("records what the job settles with the outcome in the same transaction, or neither", async () => {
    const operation = await newOperation();
    const note = (tx: Parameters<NonNullable<Parameters<typeof runOperation>[3]>>[0], action: string) =>
      tx.auditEvent.create({ data: { actorKind: "SYSTEM", action, targetType: "test", targetId: operation.id, outcome: "SUCCESS" } });
    // Settling the success fails after writing: the success and its note are rolled back together,
    // and the operation ends Failed with the reason, settled as a failure.
    const outcome = await runOperation(testDb, operation.id, async () => ({ done: true }), async (tx, result) => {
      await note(tx, `settled.${result.status}`);
      if (result.status === "SUCCEEDED") throw new OperationFailure("SettleFailed", "Could not record the outcome.");
    });
    expect(outcome).toBe("FAILED");
    const stored = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
    expect(stored).toMatchObject({ status: "FAILED", error: { code: "SettleFailed" } });
    const notes = await testDb.auditEvent.findMany({ where: { targetId: operation.id }, select: { action: true } });
    expect(notes.map((event) => event.action)).toEqual(["settled.FAILED"]);
  });

  it("does not run a finished operation again", async () => {
    const operation = await newOperation();
    await testDb.operation.update({ where: { id: operation.id }, data: { status: "SUCCEEDED" } });
    let ran = false;
    expect(await runOperation(testDb, operation.id, async () => void (ran = true))).toBe("SKIPPED");
    expect(ran).toBe(false);
  });
});

describe("operation leases", () => {
  const past = () => new Date(Date.now() - 60_000);
  const future = () => new Date(Date.now() + 60_000);

  it("are held by the running worker and renewed while it runs", async () => {
    const operation = await newOperation();
    let during: { leaseOwner: string | null; leaseExpiresAt: Date | null } | null = null;
    let renewed: Date | null = null;
    await withTrace({ worker: { id: "worker-a", leaseSeconds: 2 } }, () =>
      runOperation(testDb, operation.id, async () => {
        during = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
        // Renewed every third of the lease: wait (counted) until the expiry moves on.
        for (let i = 0; i < 100 && !renewed; i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          const now = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
          if (now.leaseExpiresAt && during!.leaseExpiresAt && now.leaseExpiresAt > during!.leaseExpiresAt) renewed = now.leaseExpiresAt;
        }
      }),
    );
    expect(during!.leaseOwner).toMatch(/^worker-a#/);
    expect(renewed).not.toBeNull();
    expect((await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } })).leaseExpiresAt).toBeNull();
  });

  it("keep a second runner off an operation another worker holds", async () => {
    const operation = await newOperation();
    await testDb.operation.update({ where: { id: operation.id }, data: { status: "RUNNING", attempts: 1, leaseOwner: "worker-a#1", leaseExpiresAt: future() } });
    let ran = false;
    expect(await runOperation(testDb, operation.id, async () => void (ran = true))).toBe("SKIPPED");
    expect(ran).toBe(false);
    // Once the lease has expired (its worker died) the operation may be taken over.
    await testDb.operation.update({ where: { id: operation.id }, data: { leaseExpiresAt: past() } });
    expect(await runOperation(testDb, operation.id, async () => void (ran = true))).toBe("SUCCEEDED");
    expect(ran).toBe(true);
  });

  it("stop a runner that lost its operation to another worker from writing anything more", async () => {
    const operation = await newOperation();
    const outcome = await runOperation(testDb, operation.id, async (tracker) => {
      await tracker.step("one", async () => undefined);
      // Meanwhile this worker was thought dead and another took the operation over.
      await testDb.operation.update({ where: { id: operation.id }, data: { leaseOwner: "worker-b#1", leaseExpiresAt: future() } });
      await tracker.step("two", async () => {
        throw new Error("must not run");
      });
    });
    expect(outcome).toBe("SKIPPED");
    const stored = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
    expect(stored.status).toBe("RUNNING");
    expect(stored.leaseOwner).toBe("worker-b#1");
    expect((stored.steps as { name: string; status: string }[]).map((step) => [step.name, step.status])).toEqual([["one", "succeeded"]]);
  });

  it("that expired are queued again under a new job, once, by one of the sweepers", async () => {
    const org = await testDb.organization.findUniqueOrThrow({ where: { slug: "contoso" } });
    const base = { kind: refreshClusterStatusJob.name, orgId: org.id, targetType: "test", targetId: "t1", jobName: refreshClusterStatusJob.name, status: "RUNNING" as const, attempts: 1 };
    const dead = await testDb.operation.create({ data: { ...base, jobId: "old", leaseOwner: "dead#1", leaseExpiresAt: past() } });
    const alive = await testDb.operation.create({ data: { ...base, leaseOwner: "alive#1", leaseExpiresAt: future() } });
    const unleased = await testDb.operation.create({ data: { ...base } });
    const sweeps = await Promise.all([requeueExpiredOperations(testDb, boss), requeueExpiredOperations(testDb, boss), requeueExpiredOperations(testDb, boss)]);
    expect(sweeps.flat()).toEqual([dead.id]);
    const requeued = await testDb.operation.findUniqueOrThrow({ where: { id: dead.id } });
    expect(requeued.status).toBe("QUEUED");
    expect(requeued.leaseOwner).toBeNull();
    const job = await boss.getJobById(refreshClusterStatusJob.name, requeued.jobId!);
    expect(job?.data).toEqual({ operationId: dead.id });
    expect((await testDb.operation.findUniqueOrThrow({ where: { id: alive.id } })).status).toBe("RUNNING");
    expect((await testDb.operation.findUniqueOrThrow({ where: { id: unleased.id } })).status).toBe("RUNNING");
  });
});
