// `npm start`: the whole portal on the local defaults. Embedded PostgreSQL under .data/ (or
// DATABASE_URL), migrations, demo data on first start, the web app on :3000 and the worker.
// Ctrl-C stops everything. `npm start -- --empty` starts without demo data, with the test
// identity provider (tests/oidc) and the first-owner settings, as a new customer would begin.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { startEmulator } from "../emulator/server";
import { BOOTSTRAP_DEMO } from "../tests/oidc/accounts";
import { provisionDemoAzure } from "./lib/demo-azure";
import { buildIsStale, localAuthSecret, prepareDatabase, provideDatabase, root, startAzurite, waitForPort, WEB_GUARD_ARGS, workerNodeArgs } from "./lib/local-stack";

const dev = process.argv.includes("--dev");
const empty = process.argv.includes("--empty");
const dataDir = path.resolve(process.env.PORTAL_DATA_DIR ?? path.join(root, ".data"));
const port = Number(process.env.PORT ?? 3000);
const children: ChildProcess[] = [];
const closers: (() => Promise<void>)[] = [];
let shuttingDown = false;

async function main() {
  const database = await provideDatabase({ dataDir: path.join(dataDir, "postgres"), port: Number(process.env.PORTAL_PG_PORT ?? 54329), name: "portal" });
  const stopAll = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)))));
    for (const close of closers) await close().catch(() => undefined);
    await database.server?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stopAll(0));
  process.on("SIGTERM", () => void stopAll(0));

  if (empty) closers.push(await emptyPortalIdentity(port));
  const { applied, seeded } = await prepareDatabase(database.url, { seed: !empty });
  console.log(`Database ready (${applied.length} migration(s) applied${seeded ? ", demo data seeded" : ""}).`);

  // Local stand-ins for Azure: Blob Storage (Azurite) and Resource Manager (our emulator).
  const blobPort = Number(process.env.AZURITE_BLOB_PORT ?? 10000);
  const blobEndpoint = `http://127.0.0.1:${blobPort}/devstoreaccount1`;
  children.push(startAzurite(path.join(dataDir, "azurite"), blobPort));
  const pgUrl = new URL(database.url);
  const emulator = await startEmulator({
    port: Number(process.env.ARM_EMULATOR_PORT ?? 4010),
    stateDir: path.join(dataDir, "arm-emulator"),
    provisionMs: Number(process.env.ARM_EMULATOR_PROVISION_MS ?? 1500),
    postgres: { host: pgUrl.hostname, port: Number(pgUrl.port || 5432) },
    blobEndpoint,
  });
  closers.push(() => emulator.close());
  await waitForPort(blobPort);
  console.log(`ARM emulator on ${emulator.url}; Azurite Blob on ${blobEndpoint}.`);
  // Fresh demo data: give its clusters their Azure resources in the emulator.
  if (seeded || empty) await provisionDemoAzure(database.url, emulator.url, empty ? BOOTSTRAP_DEMO.principalId : undefined);

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: localAuthSecret(dataDir),
    AUTH_TRUST_HOST: "true",
    PORTAL_MODE: process.env.PORTAL_MODE ?? "local",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    ARM_ENDPOINT: process.env.ARM_ENDPOINT ?? emulator.url,
    AZURE_BLOB_ENDPOINT: process.env.AZURE_BLOB_ENDPOINT ?? blobEndpoint,
  };

  const next = path.join(root, "node_modules/next/dist/bin/next");
  if (!dev && buildIsStale()) {
    console.log("Building the web app (first start or sources changed)…");
    const build = spawnSync(process.execPath, [next, "build"], { cwd: root, env: { ...childEnv, NODE_ENV: "production" }, stdio: "inherit" });
    if (build.status !== 0) return stopAll(1);
  }

  const workerArgs = await workerNodeArgs();
  const run = (name: string, args: string[], env: NodeJS.ProcessEnv) => {
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: "inherit" });
    child.on("exit", (code) => {
      if (!shuttingDown) {
        console.error(`${name} exited with code ${code}; stopping.`);
        void stopAll(code ?? 1);
      }
    });
    children.push(child);
  };
  run("web", [...WEB_GUARD_ARGS, next, dev ? "dev" : "start", "-p", String(port), "-H", "127.0.0.1"], { ...childEnv, NODE_ENV: dev ? "development" : "production" });
  run("worker", workerArgs, childEnv);
  console.log(
    empty
      ? `\nPortal: http://localhost:${port}  (no demo data: "Sign in with ${process.env.OIDC_PROVIDER_NAME}", login "${BOOTSTRAP_DEMO.login}", any password)\n`
      : `\nPortal: http://localhost:${port}  (sign in as owner@contoso.example / portal-demo)\n`,
  );
}

/**
 * `--empty`: the test identity provider on loopback (unless OIDC_ISSUER points elsewhere) and the
 * first owner who creates the organisation on first sign-in (decision 0031).
 */
async function emptyPortalIdentity(portalPort: number): Promise<() => Promise<void>> {
  process.env.BOOTSTRAP_OWNER_EMAIL ??= BOOTSTRAP_DEMO.email;
  process.env.BOOTSTRAP_ORG_NAME ??= BOOTSTRAP_DEMO.orgName;
  if (process.env.OIDC_ISSUER) return async () => undefined;
  const { startOidcProvider } = await import("../tests/oidc/provider");
  const { TEST_ALLOWED_DOMAINS, TEST_CLIENT, TEST_PROVIDER_NAME } = await import("../tests/oidc/accounts");
  const idp = await startOidcProvider({ redirectUris: [`http://localhost:${portalPort}/api/auth/callback/oidc`], port: Number(process.env.TEST_IDP_PORT ?? 4020) });
  Object.assign(process.env, {
    OIDC_ISSUER: idp.issuer,
    OIDC_CLIENT_ID: TEST_CLIENT.id,
    OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
    OIDC_PROVIDER_NAME: TEST_PROVIDER_NAME,
    OIDC_ALLOWED_DOMAINS: TEST_ALLOWED_DOMAINS,
  });
  console.log(`Test identity provider on ${idp.issuer}.`);
  return idp.close;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
