import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
// The portal under test and the tests share the emulator's port, so tests can inject faults.
process.env.ARM_EMULATOR_PORT ??= String(40000 + Math.floor(Math.random() * 10000));

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost",
      ],
    },
  },
  webServer: {
    // A fresh portal (own database, emulator, worker) started the way `npm start` does it.
    command: "node --import tsx tests/e2e/serve.ts",
    url: `http://localhost:${port}/sign-in`,
    // The first start builds the web app: minutes on a small, busy machine.
    timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 300_000),
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_PORT: String(port) },
  },
});
