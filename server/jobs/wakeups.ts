import "server-only";
import { Client } from "pg";
import type { Tx } from "../db";
import { log } from "../log";

// Queued jobs wake their workers (decision 0037): the queueing transaction notifies this channel
// with the queue's name (delivered when it commits, never for a rolled-back job), and every worker
// listens on one connection of its own and wakes its idle pollers of that queue. Polling stays, at
// POLL_FALLBACK_SECONDS, for jobs queued while a worker's listening connection was down and for
// jobs pg-boss makes itself (schedules, retries).

export const JOB_CHANNEL = "portal_jobs";
/** How often each poller still asks for work when no notification came. */
export const POLL_FALLBACK_SECONDS = 2;
/** The listening connection's name in pg_stat_activity. */
export const WAKEUP_APPLICATION_NAME = "portal job wakeups";

/** Inside the queueing transaction: wakes the workers of `queue` once it commits. */
export async function notifyQueued(tx: Tx, queue: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${JOB_CHANNEL}, ${queue})`;
}

export interface JobWakeups {
  stop(): Promise<void>;
}

/**
 * Listens for queued jobs on a connection of its own and calls `wake(queue)` for each. A lost
 * connection is opened again after `reconnectMs` (doubling up to 30 s while it keeps failing);
 * meanwhile the workers poll.
 */
export function listenForJobs(databaseUrl: string, wake: (queue: string) => void, options: { reconnectMs?: number } = {}): JobWakeups {
  const firstDelay = options.reconnectMs ?? 1000;
  let stopped = false;
  let client: Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let delay = firstDelay;
  const reconnect = (reason: unknown) => {
    if (stopped || retry) return;
    log.warn("job wake-up connection lost; polling until it is back", { err: reason, retryInMs: delay });
    client?.end().catch(() => undefined);
    client = null;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, delay);
    retry.unref();
    delay = Math.min(delay * 2, 30_000);
  };
  const connect = async () => {
    const next = new Client({ connectionString: databaseUrl, application_name: WAKEUP_APPLICATION_NAME });
    next.on("notification", (message) => {
      if (message.channel === JOB_CHANNEL && message.payload) wake(message.payload);
    });
    // Only the current connection's loss counts (an old one ending late is not news).
    next.on("error", (error) => client === next && reconnect(error));
    next.on("end", () => client === next && reconnect(new Error("connection ended")));
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${JOB_CHANNEL}`);
      if (stopped) return void (await next.end().catch(() => undefined));
      delay = firstDelay;
    } catch (error) {
      if (client === next) reconnect(error);
    }
  };
  void connect();
  return {
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
