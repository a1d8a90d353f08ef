import "server-only";
import type { AzureGateway } from "@/server/azure/gateway";
import type { EnvironmentDataPlane } from "@/server/environments/data-plane";
import { createDb } from "@/server/db";
import { createDataPlane } from "@/server/environments/data-plane";
import { createBoss } from "@/server/jobs/boss";
import { ensureQueues, JOBS } from "@/server/jobs/registry";
import type { JobContext } from "@/server/jobs/types";

export interface RunningWorker {
  stop(): Promise<void>;
}

/** Starts a worker: pg-boss pulls jobs from PostgreSQL; any number of workers may run. */
export async function startWorker(
  databaseUrl: string,
  azure: AzureGateway,
  options: { concurrency?: number; quiet?: boolean; dataPlane?: EnvironmentDataPlane } = {},
): Promise<RunningWorker> {
  const db = createDb(databaseUrl, 10);
  const boss = createBoss(databaseUrl, { worker: true });
  const log: JobContext["log"] = (message, fields) => {
    if (!options.quiet) console.log(JSON.stringify({ at: new Date().toISOString(), msg: message, ...fields }));
  };
  boss.on("error", (error) => console.error("pg-boss:", error.message));
  await boss.start();
  await ensureQueues(boss);
  // pg-boss keeps one schedule per queue however many workers start; each tick runs once.
  for (const job of JOBS) if (job.cron) await boss.schedule(job.name, job.cron, {}, { tz: "Europe/Amsterdam" });
  const dataPlane = options.dataPlane ?? createDataPlane({ mode: "local", gateway: azure, adminUrl: adminUrlOf(databaseUrl) });
  const ctx: JobContext = { db, azure, dataPlane, log };
  // Every poller queries PostgreSQL once a second even when idle: scheduled jobs (one run per
  // tick) get one poller, the others `concurrency` (decision 0015).
  for (const job of JOBS) {
    for (let i = 0; i < (job.cron ? 1 : (options.concurrency ?? 4)); i++) {
      await boss.work(job.name, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([received]) => {
        const parsed = job.schema.safeParse(received.data);
        if (!parsed.success) {
          log("job payload rejected", { job: job.name, id: received.id, issues: parsed.error.issues.length });
          return;
        }
        log("job started", { job: job.name, id: received.id });
        await job.handle(ctx, parsed.data);
        log("job finished", { job: job.name, id: received.id });
      });
    }
  }
  return {
    async stop() {
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
