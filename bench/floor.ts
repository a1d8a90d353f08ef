// The floor of the bench (bench/floor/): an empty dynamic page built with the portal's Next.js,
// served by `next start` on its own port during the same run, loaded like every portal route.
// Every route is then reported as a ratio to it, which cancels most of a shared machine's noise.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { root, waitForPort } from "../scripts/lib/local-stack";

export const floorDir = path.join(root, "bench/floor");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

function newest(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(target).map((entry) => newest(path.join(target, entry))));
}

/** True when the floor has no build, or its sources or the installed Next.js are newer than it. */
function floorIsStale(): boolean {
  const buildId = path.join(floorDir, ".next/BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  const sources = [path.join(floorDir, "app"), path.join(floorDir, "next.config.mjs"), path.join(root, "node_modules/next/package.json")];
  return sources.some((source) => newest(source) > built);
}

function floorEnv(port?: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  delete env.NEXT_DIST_DIR; // the floor always builds into bench/floor/.next
  if (port) env.PORT = String(port);
  return env;
}

/** Builds the floor when needed (a few seconds to a minute); the log goes to `logFile`. */
export async function buildFloor(logFile: string): Promise<boolean> {
  if (!floorIsStale()) return false;
  const log = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, [nextBin, "build", floorDir], { cwd: root, env: floorEnv(), stdio: ["ignore", log, log] });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  fs.closeSync(log);
  if (code !== 0) throw new Error(`next build of the floor failed (exit ${code}); see ${logFile}`);
  return true;
}

/** `next start` of the floor on `port`, in its own process group (the caller stops it). */
export async function startFloor(port: number, logFile: string): Promise<ChildProcess> {
  const log = fs.openSync(logFile, "w");
  const child = spawn(process.execPath, [nextBin, "start", floorDir, "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: floorEnv(port),
    stdio: ["ignore", log, log],
    detached: true,
  });
  await waitForPort(port, 60_000);
  return child;
}
