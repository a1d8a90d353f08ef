import "server-only";
import { randomUUID } from "node:crypto";
import os from "node:os";
import type { AzureGateway } from "@/server/azure/gateway";
import type { EnvironmentDataPlane } from "@/server/environments/data-plane";
import { createDb } from "@/server/db";
import { createDataPlane } from "@/server/environments/data-plane";
import { env } from "@/server/env";
import { createBoss } from "@/server/jobs/boss";
import { ensureQueues, JOBS } from "@/server/jobs/registry";
import { requeueExpiredOperations } from "@/server/jobs/requeue-expired";
import type { JobContext } from "@/server/jobs/types";
import { listenForJobs, POLL_FALLBACK_SECONDS } from "@/server/jobs/wakeups";
import { log as logger } from "@/server/log";
import { withTrace } from "@/server/trace";

export interface RunningWorker {
  stop(): Promise<void>;
}

/**
 * Starts a worker: pg-boss pulls jobs from PostgreSQL; any number of workers may run. Each holds
 * the operations it runs by a lease it renews (`leaseSeconds`, default OPERATION_LEASE_SECONDS)
 * and sweeps for operations whose worker died, so they resume within about 1.5 leases.
 */
export async function startWorker(
  databaseUrl: string,
  azure: AzureGateway,
  options: { concurrency?: number; quiet?: boolean; dataPlane?: EnvironmentDataPlane; leaseSeconds?: number } = {},
): Promise<RunningWorker> {
  const db = createDb(databaseUrl, 10);
  // Prisma loads and compiles its query compiler on the first query: done here, not inside the
  // first operation the worker picks up (seconds on a busy machine).
  await db.operation.findFirst({ select: { id: true } });
  const boss = createBoss(databaseUrl, { worker: true });
  const worker = { id: `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`, leaseSeconds: options.leaseSeconds ?? env().OPERATION_LEASE_SECONDS };
  const log: JobContext["log"] = (message, fields) => {
    if (!options.quiet) logger.info(message, fields);
  };
  boss.on("error", (error) => logger.error("pg-boss error", { err: error }));
  await boss.start();
  await ensureQueues(boss);
  // pg-boss keeps one schedule per queue however many workers start; each tick runs once.
  for (const job of JOBS) if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "Europe/Amsterdam" });
  const dataPlane = options.dataPlane ?? createDataPlane({ mode: "local", gateway: azure, adminUrl: adminUrlOf(databaseUrl) });
  const ctx: JobContext = { db, azure, dataPlane, log };
  // A queued job wakes the pollers of its queue (server/jobs/wakeups.ts, decision 0037); each
  // poller still asks every POLL_FALLBACK_SECONDS. Scheduled jobs (one run per tick) get one
  // poller, the others `concurrency` (decision 0015).
  const pollers = new Map<string, string[]>();
  for (const job of JOBS) {
    for (let i = 0; i < (job.cron ? 1 : (options.concurrency ?? 4)); i++) {
      const id = await boss.work(job.name, { pollingIntervalSeconds: POLL_FALLBACK_SECONDS, batchSize: 1 }, async ([received]) => {
        await withTrace({ job: job.name, jobId: received.id, worker }, async () => {
          const parsed = job.schema.safeParse(received.data);
          if (!parsed.success) {
            logger.warn("job payload rejected", { issues: parsed.error.issues.length });
            return;
          }
          log("job started");
          await job.handle(ctx, parsed.data);
          log("job finished");
        });
      });
      pollers.set(job.name, [...(pollers.get(job.name) ?? []), id]);
    }
  }
  // A busy poller that is woken fetches again as soon as its job ends.
  const wakeups = listenForJobs(databaseUrl, (queue) => {
    for (const id of pollers.get(queue) ?? []) boss.notifyWorker(id);
  });
  // The sweep runs twice per lease (at most every 30 s): a dead worker's operation waits at most ~1.5 leases.
  let sweeping: Promise<unknown> = Promise.resolve();
  const sweeper = setInterval(() => {
    sweeping = requeueExpiredOperations(db, boss).catch((error: Error) => logger.error("lease sweep failed", { err: error }));
  }, Math.min(30, worker.leaseSeconds / 2) * 1000);
  logger.info("worker started", { workerId: worker.id, leaseSeconds: worker.leaseSeconds });
  return {
    async stop() {
      clearInterval(sweeper);
      await wakeups.stop();
      await sweeping;
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      await db.$disconnect();
    },
  };
}

/** The maintenance database of the server that holds `databaseUrl` (local PostgreSQL). */
function adminUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = "/postgres";
  return url.toString();
}
