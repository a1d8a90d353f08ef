import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startLocalPostgres, type LocalPostgres } from "./postgres";

/** A throw-away PostgreSQL server for tooling; removed again by `stop()`. */
export async function startTempPostgres(): Promise<LocalPostgres> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-"));
  const server = await startLocalPostgres({ dataDir, port: await freePort() });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
