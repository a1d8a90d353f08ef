// The job worker process: `npm run worker` (started by `npm start` too).
import "./no-source-maps";
import { azureGatewayFromEnv } from "@/server/azure/gateway";
import { env } from "@/server/env";
import { dataPlaneFromEnv } from "@/server/environments/data-plane";
import { startWorker } from "./run-worker";

async function main() {
  const azure = azureGatewayFromEnv();
  const worker = await startWorker(env().DATABASE_URL, azure, { dataPlane: dataPlaneFromEnv(azure) });
  console.log("Worker ready.");
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
  console.error(error);
  process.exit(1);
});
