import { beforeEach, describe, expect, it } from "vitest";
import { OperationFailure, runOperation } from "@/server/jobs/operation-runner";
import { resetWithDemo, testDb } from "./db";

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

  it("does not run a finished operation again", async () => {
    const operation = await newOperation();
    await testDb.operation.update({ where: { id: operation.id }, data: { status: "SUCCEEDED" } });
    let ran = false;
    expect(await runOperation(testDb, operation.id, async () => void (ran = true))).toBe("SKIPPED");
    expect(ran).toBe(false);
  });
});
