import "server-only";
import { randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import { Prisma } from "@/generated/prisma/client";
import type { Db } from "../db";
import { log } from "../log";
import { withTrace } from "../trace";
import { sendOperationJob } from "./enqueue";
import { JOBS } from "./registry";
import { RUN_LOCK_FREE_SQL } from "./run-lock";

// A worker that dies (SIGKILL, lost machine) stops renewing the leases of the operations it runs.
// Every worker sweeps: a running operation whose lease has expired goes back to Queued with a new
// job in the same transaction, and the next free worker resumes it from its last finished step.
// pg-boss's own expiry of the dead worker's job (hours for a restore) is then irrelevant: when that
// old job comes back it finds the operation taken (live lease) or finished, and does nothing.
// A lease that expired while its worker is alive (renewal late under load) is not a dead worker:
// that worker still holds the operation's run lock (run-lock.ts), and the sweep leaves it alone.

const runLockFree = Prisma.raw(RUN_LOCK_FREE_SQL);

/** Re-queues running operations whose lease expired; returns their ids. Any number of workers may sweep at once. */
export async function requeueExpiredOperations(db: Db, boss: PgBoss, limit = 20): Promise<string[]> {
  const expired = await db.$queryRaw<{ id: string; request_id: string | null }[]>`
    SELECT id, request_id FROM operations
     WHERE status = 'RUNNING' AND job_name IS NOT NULL AND lease_expires_at < timezone('UTC', now()) AND ${runLockFree}
     ORDER BY lease_expires_at LIMIT ${limit}`;
  const requeued: string[] = [];
  for (const { id, request_id } of expired) {
    await withTrace({ operationId: id, ...(request_id ? { requestId: request_id } : {}) }, async () => {
      try {
        const done = await db.$transaction(async (tx) => {
          const jobId = randomUUID();
          // Of several sweepers exactly one moves the row (the others see it no longer expired).
          const rows = await tx.$queryRaw<{ job_name: string }[]>`
            UPDATE operations SET status = 'QUEUED', lease_owner = NULL, lease_expires_at = NULL, job_id = ${jobId}
             WHERE id = ${id}::uuid AND status = 'RUNNING' AND lease_expires_at < timezone('UTC', now()) AND ${runLockFree}
             RETURNING job_name`;
          if (rows.length === 0) return false;
          const job = JOBS.find((candidate) => candidate.name === rows[0].job_name);
          if (!job) throw new Error(`no job is registered as "${rows[0].job_name}"`);
          await sendOperationJob(tx, boss, job, id, jobId);
          return true;
        });
        if (done) {
          requeued.push(id);
          log.warn("operation lease expired; queued again");
        }
      } catch (error) {
        log.error("expired operation not queued again; next sweep retries", { err: error });
      }
    });
  }
  return requeued;
}
