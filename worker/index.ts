// The job worker process: `npm run worker` (started by `npm start` too).
import { azureGatewayFromEnv } from "@/server/azure/gateway";
import { env } from "@/server/env";
import { startWorker } from "./run-worker";

async function main() {
  const worker = await startWorker(env().DATABASE_URL, azureGatewayFromEnv());
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
