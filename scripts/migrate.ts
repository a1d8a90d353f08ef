// `npm run db:migrate`: applies the migrations to DATABASE_URL and installs the job queue (schema and queues),
// so a new database is ready before any web process or worker starts (the deployment's migration
// Job runs this; docs/deploy.md). Safe to run from several processes at once.
import { createBoss } from "../server/jobs/boss";
import { ensureQueues } from "../server/jobs/registry";
import { migrate } from "./lib/migrations";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const applied = await migrate(url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}.` : "Migrations: up to date.");
  const boss = createBoss(url, { worker: false });
  boss.on("error", (error) => console.error(error));
  await boss.start();
  // The queues too: web processes can queue operations before any worker has started.
  await ensureQueues(boss);
  await boss.stop({ graceful: false });
  console.log("Job queue: schema and queues installed.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
