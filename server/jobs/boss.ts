import "server-only";
import PgBoss from "pg-boss";
import { env } from "../env";
import { log } from "../log";

const globalForBoss = globalThis as unknown as { portalBoss?: Promise<PgBoss> };

export function createBoss(databaseUrl: string, options: { worker: boolean }): PgBoss {
  return new PgBoss({
    connectionString: databaseUrl,
    schema: "pgboss",
    max: options.worker ? 10 : 4,
    // Only workers run maintenance and cron; web processes just send.
    supervise: options.worker,
    schedule: options.worker,
  });
}

/** The web process's sender, started once. */
export function sender(): Promise<PgBoss> {
  globalForBoss.portalBoss ??= (async () => {
    const boss = createBoss(env().DATABASE_URL, { worker: false });
    boss.on("error", (error) => log.error("pg-boss error", { err: error }));
    await boss.start();
    return boss;
  })();
  return globalForBoss.portalBoss;
}
