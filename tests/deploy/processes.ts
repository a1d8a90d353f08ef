// The portal as it is deployed: the standalone web server (built with NEXT_OUTPUT=standalone and
// started as the image starts it) and worker processes, against one PostgreSQL database.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort } from "@/scripts/lib/postgres";
import { buildIsStale, WEB_GUARD_ARGS, workerNodeArgs } from "@/scripts/lib/local-stack";

export const root = path.resolve(import.meta.dirname, "../..");
const DIST = ".next-standalone";
export const standaloneDir = path.join(root, DIST, "standalone");

/** The placeholders the Dockerfile's build stage gives `next build` (it loads the route modules; nothing connects). */
const BUILD_TIME_SETTINGS = { DATABASE_URL: "postgresql://build:build@127.0.0.1:5432/build", AUTH_SECRET: "build-time-placeholder-not-a-secret" };

/** Builds the standalone server unless a standalone build newer than every source is there. */
export function buildStandalone(): void {
  if (!buildIsStale(DIST) && fs.existsSync(path.join(standaloneDir, "server.js"))) return;
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    env: { ...process.env, ...BUILD_TIME_SETTINGS, NEXT_OUTPUT: "standalone", NEXT_DIST_DIR: DIST, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`);
}

/** `npm run db:migrate` as the migration Job runs it. */
export function runMigrationJob(databaseUrl: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/.bin/tsx"), "--conditions=react-server", "scripts/migrate.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export interface PortalProcess {
  child: ChildProcess;
  output(): string;
  /** Sends `signal` and resolves with the exit code once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const running = new Set<ChildProcess>();
export function killAll(): void {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
}

function track(child: ChildProcess): PortalProcess {
  let output = "";
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  running.add(child);
  return {
    child,
    output: () => output,
    async stop(signal = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill(signal);
      const code = await exited;
      running.delete(child);
      return code;
    },
  };
}

/** The settings both processes get, as the ConfigMap and Secret give them. */
export function portalEnv(databaseUrl: string, armEndpoint: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? "",
    NODE_ENV: "production",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "deploy-test-secret-0123456789abcdef",
    AUTH_TRUST_HOST: "true",
    PORTAL_MODE: "local",
    ARM_ENDPOINT: armEndpoint,
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
    OPERATION_LEASE_SECONDS: "3",
  };
}

/** `node --require http-guard.cjs server.js` in the standalone folder, as the web image runs it. */
export async function startWeb(env: NodeJS.ProcessEnv): Promise<PortalProcess & { url: string }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...WEB_GUARD_ARGS, "server.js"], {
    cwd: standaloneDir,
    env: { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const web = { ...track(child), url: `http://127.0.0.1:${port}` };
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      await fetch(`${web.url}/api/health/live`);
      return web;
    } catch (error) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the web server did not answer: ${String(error)}\n${web.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** A worker process as the worker image runs it, once it has said it is ready. */
export async function startWorker(env: NodeJS.ProcessEnv): Promise<PortalProcess> {
  const worker = track(spawn(process.execPath, await workerNodeArgs(), { cwd: root, env: { ...env, LOG_LEVEL: "info" }, stdio: ["ignore", "pipe", "pipe"] }));
  const deadline = Date.now() + 180_000;
  while (!worker.output().includes("worker ready")) {
    if (Date.now() > deadline || worker.child.exitCode !== null) throw new Error(`the worker did not start:\n${worker.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return worker;
}
