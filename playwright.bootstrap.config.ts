import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The path of a new customer, on its own portal: an empty database (no demo data), the test
// identity provider and the demo's unconnected subscription (`npm start -- --empty`). Runs after
// the main browser tests and reuses their build (`npm test`'s "bootstrap browser test").
const port = Number(process.env.E2E_BOOTSTRAP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1);

export default defineConfig({
  ...base,
  testDir: "tests/bootstrap",
  use: { ...base.use, baseURL: `http://localhost:${port}` },
  webServer: {
    command: "node --import tsx tests/e2e/serve.ts --empty",
    url: `http://localhost:${port}/sign-in`,
    timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 300_000),
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    // Its own emulator port: the main config picked one for its own server.
    env: { E2E_PORT: String(port), ARM_EMULATOR_PORT: String(40000 + Math.floor(Math.random() * 10000)) },
  },
});
