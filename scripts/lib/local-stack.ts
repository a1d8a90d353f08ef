// Brings up the local stand-ins the portal needs (PostgreSQL, then the schema and demo data),
// shared by `npm start`, the test suite and the benchmark.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { build } from "esbuild";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../generated/prisma/client";
import { seedDemo } from "../../prisma/demo-data";
import { migrate } from "./migrations";
import { createDatabase, databaseExists, startLocalPostgres, type LocalPostgres } from "./postgres";

export const root = path.resolve(__dirname, "../..");

export interface Database {
  url: string;
  server: LocalPostgres | null;
}

/** DATABASE_URL when given, else the embedded server under `dataDir` with database `name`. */
export async function provideDatabase(options: { dataDir: string; port: number; name: string; log?: (line: string) => void }): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, server: null };
  const server = await startLocalPostgres({ dataDir: options.dataDir, port: options.port, log: options.log });
  if (!(await databaseExists(server.adminUrl, options.name))) await createDatabase(server.adminUrl, options.name);
  return { url: server.urlFor(options.name), server };
}

export async function prepareDatabase(url: string, options: { seed: boolean }): Promise<{ applied: string[]; seeded: boolean }> {
  const applied = await migrate(url);
  if (!options.seed) return { applied, seeded: false };
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    return { applied, seeded: await seedDemo(db) };
  } finally {
    await db.$disconnect();
  }
}

/** A secret kept under .data so sessions survive restarts; AUTH_SECRET overrides it. */
export function localAuthSecret(dataDir: string): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

const SOURCE_DIRS = ["app", "components", "features", "lib", "server", "generated"];
const SOURCE_FILES = ["next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** True when `.next` is missing or older than any source file. */
export function buildIsStale(distDir: string = process.env.NEXT_DIST_DIR ?? ".next"): boolean {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return [...SOURCE_DIRS, ...SOURCE_FILES].some((entry) => newestMtime(path.join(root, entry)) > built);
}

/**
 * Node's arguments for the job worker, wherever it is started (npm start, the backup benchmark).
 * The worker runs as one bundled file (our code in it; packages load from node_modules), built
 * here by esbuild in about a second, not through tsx: tsx's loader and its per-module compile
 * cost the worker about 30 MB. A young generation of at most 2 MiB per semi-space instead of 16
 * keeps the streaming snapshot and restore pipelines from growing its memory (decision 0015).
 */
export async function workerNodeArgs(): Promise<string[]> {
  const outfile = path.join(root, ".next-worker", "worker.cjs");
  // Each build writes its own file and renames it, so parallel starts never run a half-written one.
  const staging = `${outfile}.${process.pid}.${crypto.randomUUID()}.tmp`;
  await build({
    entryPoints: [path.join(root, "worker/index.ts")],
    outfile: staging,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    packages: "external",
    conditions: ["react-server"],
    tsconfig: path.join(root, "tsconfig.json"),
    // The generated Prisma client reads import.meta.url; dynamic imports of .mjs files stay imports.
    define: { "import.meta.url": "__bundleUrl" },
    banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    supported: { "dynamic-import": true },
    logLevel: "warning",
  });
  fs.renameSync(staging, outfile);
  return ["--max-semi-space-size=2", "--conditions=react-server", outfile];
}

/**
 * Node's arguments before the web server's own: the request guard (request ids, the pages' CSP nonce,
 * refusals of malformed requests) preloaded, as `npm start`, the web image and the bench run it.
 */
export const WEB_GUARD_ARGS = ["--require", path.join(root, "scripts/lib/http-guard.cjs")];

/** Azurite's Blob service, Microsoft's storage emulator, as a child process. */
export function startAzurite(location: string, port: number): ChildProcess {
  fs.mkdirSync(location, { recursive: true });
  const bin = path.join(root, "node_modules/azurite/dist/src/blob/main.js");
  return spawn(
    process.execPath,
    [bin, "--blobHost", "127.0.0.1", "--blobPort", String(port), "--location", location, "--loose", "--skipApiVersionCheck", "--disableTelemetry", "--silent"],
    { cwd: root, stdio: "ignore" },
  );
}

export async function waitForPort(port: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
}
