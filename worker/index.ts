// The job worker process: `npm run worker` (started by `npm start` too), run bundled (scripts/lib/local-stack.ts).
import "./no-source-maps";
import { azureGatewayFromEnv } from "@/server/azure/gateway";
import { env } from "@/server/env";
import { dataPlaneFromEnv } from "@/server/environments/data-plane";
import { log } from "@/server/log";
import { startWorker, type RunningWorker } from "./run-worker";

async function main() {
  // Handlers first: a SIGTERM during start (a rollout, a scale-in) still ends in an orderly exit.
  let worker: RunningWorker | null = null;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (!worker) return; // still starting: main() stops it as soon as it has started
    await worker.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const azure = azureGatewayFromEnv();
  const started = await startWorker(env().DATABASE_URL, azure, { dataPlane: dataPlaneFromEnv(azure) });
  if (stopping) {
    await started.stop();
    process.exit(0);
  }
  worker = started;
  log.info("worker ready");
}

main().catch((error) => {
  log.error("worker failed to start", { err: error });
  process.exit(1);
});
