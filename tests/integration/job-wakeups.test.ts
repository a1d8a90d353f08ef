// Queued jobs wake their worker (server/jobs/wakeups.ts): an operation starts well before the
// fallback poll would have found it, and a worker whose listening connection drops still picks
// jobs up by polling, then listens again.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAzureGateway } from "@/server/azure/gateway";
import { createBoss } from "@/server/jobs/boss";
import { startOperation } from "@/server/jobs/enqueue";
import { ensureQueues } from "@/server/jobs/registry";
import { snapshotDeleteJob } from "@/server/jobs/snapshot-delete";
import { POLL_FALLBACK_SECONDS, WAKEUP_APPLICATION_NAME } from "@/server/jobs/wakeups";
import { startWorker, type RunningWorker } from "@/worker/run-worker";
import { resetWithDemo, testDb } from "./db";
import { pollUntil } from "./worker-process";

const boss = createBoss(process.env.DATABASE_URL!, { worker: false });
let worker: RunningWorker;

beforeAll(async () => {
  await resetWithDemo();
  await boss.start();
  await ensureQueues(boss);
  // No Azure call is made: the job below deletes a snapshot that does not exist (nothing to do).
  worker = await startWorker(process.env.DATABASE_URL!, createAzureGateway({ mode: "local", endpoint: "http://127.0.0.1:9" }), { quiet: true, concurrency: 1 });
});
afterAll(async () => {
  await worker?.stop();
  await boss.stop({ graceful: false });
});

/** Queues one operation and returns how long it waited before a worker started it, ms. */
async function pickup(): Promise<number> {
  const org = await testDb.organization.findUniqueOrThrow({ where: { slug: "contoso" } });
  const operation = await startOperation(testDb, boss, snapshotDeleteJob, null, { kind: "snapshot.delete", orgId: org.id, targetType: "snapshot", targetId: "none", input: { snapshotId: randomUUID() } });
  const done = await pollUntil(async () => {
    const row = await testDb.operation.findUniqueOrThrow({ where: { id: operation.id } });
    return row.status === "SUCCEEDED" || row.status === "FAILED" ? row : null;
  }, "the operation finishing", { attempts: 600, intervalMs: 25 });
  expect(done.status).toBe("SUCCEEDED");
  return done.startedAt!.getTime() - done.createdAt.getTime();
}

const listening = async () =>
  (await testDb.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE application_name = ${WAKEUP_APPLICATION_NAME} AND datname = current_database()`).map((row) => row.pid);

describe("queued jobs", () => {
  it("wake their worker: each starts well before the fallback poll", async () => {
    await pollUntil(async () => (await listening()).length === 1, "the worker listening");
    // Polling alone starts a job 0–2 s after it is queued; five in a row under 1 s each would be luck.
    const waits: number[] = [];
    for (let i = 0; i < 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 400));
      waits.push(await pickup());
    }
    expect(Math.max(...waits), `pickups ${waits.join(", ")} ms`).toBeLessThan((POLL_FALLBACK_SECONDS * 1000) / 2);
  }, 120_000);

  it("are still picked up by polling while the worker's listening connection is down, which comes back", async () => {
    const [before] = await pollUntil(async () => {
      const pids = await listening();
      return pids.length === 1 ? pids : null;
    }, "the worker listening");
    await testDb.$queryRaw`SELECT pg_terminate_backend(${before}::int)`;
    // Queued at once, before the worker listens again: polling starts it.
    expect(await pickup()).toBeLessThan(POLL_FALLBACK_SECONDS * 1000 + 3000);
    const [after] = await pollUntil(async () => {
      const pids = await listening();
      return pids.length === 1 && pids[0] !== before ? pids : null;
    }, "the worker listening again", { attempts: 400 });
    expect(after).not.toBe(before);
    const waits = [await pickup(), await pickup(), await pickup()];
    expect(Math.max(...waits), `pickups ${waits.join(", ")} ms`).toBeLessThan((POLL_FALLBACK_SECONDS * 1000) / 2);
  }, 120_000);
});
