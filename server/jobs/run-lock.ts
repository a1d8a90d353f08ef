import "server-only";
import { Client } from "pg";
import { env } from "../env";
import { log } from "../log";

// One attempt of an operation at a time. The lease (operation-runner.ts) tells other workers that
// an operation is taken, but a live worker whose renewal is late under load loses it, and a second
// attempt could then run the same steps at once (two restores creating the same new database).
// The run lock closes that gap: a session-level advisory lock keyed by the operation id, held on a
// connection of its own for the whole run. PostgreSQL releases it when that connection closes, so a
// worker that dies (SIGKILL, lost machine) frees it at once; a live worker never does before the
// run ends. The lease sweep re-queues only operations whose lock is free (requeue-expired.ts).

/** First key of the two-key advisory lock: the operations' run locks, apart from any other advisory lock. */
export const RUN_LOCK_CLASS = 0x0b5e_0001;

/** SQL condition "no live attempt holds the run lock of `operations.id`" (for the lease sweep). */
export const RUN_LOCK_FREE_SQL = `NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.classid = ${RUN_LOCK_CLASS}::oid AND l.objid = hashtext(operations.id::text)::oid AND l.objsubid = 2)`;

export interface RunLock {
  /** True once the lock's connection failed: the lock may be gone, the run must stop writing. */
  readonly lost: boolean;
  release(): Promise<void>;
}

/**
 * Takes the run lock of `operationId`, waiting (every `retryMs`) while another attempt holds it.
 * Returns null without the lock when `finished()` says the operation ended meanwhile: the attempt
 * that held it did the work, and this one has nothing to do.
 */
export async function takeRunLock(operationId: string, finished: () => Promise<boolean>, options: { retryMs?: number } = {}): Promise<RunLock | null> {
  const client = new Client({ connectionString: env().DATABASE_URL, application_name: "portal operation run lock" });
  let lost = false;
  let released = false;
  client.on("error", (error) => {
    if (released) return;
    lost = true;
    log.warn("operation run lock connection failed; the run stops at its next step", { operationId, err: error });
  });
  await client.connect();
  const end = () => client.end().catch(() => undefined);
  try {
    for (let waited = false; ; waited = true) {
      const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::int, hashtext($2::uuid::text)) AS locked", [RUN_LOCK_CLASS, operationId]);
      if (rows[0].locked) break;
      if (await finished()) {
        await end();
        return null;
      }
      if (!waited) log.info("operation is being run by another attempt; waiting for it", { operationId });
      await new Promise((resolve) => setTimeout(resolve, options.retryMs ?? 1000));
    }
  } catch (error) {
    await end();
    throw error;
  }
  return {
    get lost() {
      return lost;
    },
    async release() {
      released = true;
      // Closing the session releases every lock it holds.
      await end();
    },
  };
}
