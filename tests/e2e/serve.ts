// Starts a throw-away portal for the browser tests: fresh data directory, then `npm start`'s script.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-e2e-"));
process.env.PORTAL_DATA_DIR = dataDir;
process.env.PORT = process.env.E2E_PORT ?? "3100";
process.env.PORTAL_PG_PORT = String(20000 + Math.floor(Math.random() * 20000));
process.env.ARM_EMULATOR_PORT ??= String(40000 + Math.floor(Math.random() * 10000));
process.env.AZURITE_BLOB_PORT ??= String(50000 + Math.floor(Math.random() * 10000));
delete process.env.DATABASE_URL;
// Its own build folder, so a browser-test run never serves files another build is rewriting.
process.env.NEXT_DIST_DIR ??= ".next-e2e";
process.on("exit", () => fs.rmSync(dataDir, { recursive: true, force: true }));

// OpenID Connect sign-in against a real provider on loopback (tests only; `npm start` has none).
async function main() {
  const { startOidcProvider } = await import("../oidc/provider");
  const { TEST_ALLOWED_DOMAINS, TEST_CLIENT, TEST_PROVIDER_NAME } = await import("../oidc/accounts");
  const idp = await startOidcProvider({ redirectUris: [`http://localhost:${process.env.PORT}/api/auth/callback/oidc`] });
  process.env.OIDC_ISSUER = idp.issuer;
  process.env.OIDC_CLIENT_ID = TEST_CLIENT.id;
  process.env.OIDC_CLIENT_SECRET = TEST_CLIENT.secret;
  process.env.OIDC_PROVIDER_NAME = TEST_PROVIDER_NAME;
  process.env.OIDC_ALLOWED_DOMAINS = TEST_ALLOWED_DOMAINS;
  await import("../../scripts/start");
}

void main();
