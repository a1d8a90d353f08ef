// The job worker process: `npm run worker` (started by `npm start` too), run bundled (scripts/lib/local-stack.ts).
import "./no-source-maps";
import { azureGatewayFromEnv } from "@/server/azure/gateway";
import { env } from "@/server/env";
import { dataPlaneFromEnv } from "@/server/environments/data-plane";
import { log } from "@/server/log";
import { startWorker } from "./run-worker";

async function main() {
  const azure = azureGatewayFromEnv();
  const worker = await startWorker(env().DATABASE_URL, azure, { dataPlane: dataPlaneFromEnv(azure) });
  log.info("worker ready");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  log.error("worker failed to start", { err: error });
  process.exit(1);
});
