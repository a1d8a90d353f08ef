// `npm run bench`: a throw-away portal on a large data set, load-tested on loopback.
//   1. embedded PostgreSQL in a temp dir, migrations, demo data, then the large data set (bench/seed.ts)
//   2. `next build` when the sources changed, `next start` on a free port, sign-in as the Contoso owner
//   3. the floor (bench/floor.ts): an empty dynamic page of the same Next.js, `next start` on its own port
//   4. autocannon per route (warm-up, then the measured run), first-load JS per page; the floor right before each
//   5. a table with each route as a multiple of the floor, PASS/FAIL against the targets, bench/.out/results.json
// Flags: --duration 10 --warmup 2 --connections 10 --scale 1 (0.05: a small data set for a quick try)
//        --serial 30 (requests at one connection) --only <text> (routes whose path contains it)
//        --skip-build --keep (the temp dir); NEXT_DIST_DIR=<dir> benches another build of the portal
//        --profile (`node --cpu-prof` on the portal's `next start`: bench/.out/profile/*.cpuprofile at exit)
//        --serve (set up and sign in, print the URL and cookie, then wait for Ctrl-C: for profiling)
// Exit code 0 even when a target is missed: it is a measurement, not a test.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "../prisma/demo-data";
import { buildIsStale, root, waitForPort, WEB_GUARD_ARGS } from "../scripts/lib/local-stack";
import { migrate } from "../scripts/lib/migrations";
import { createDatabase, freePort, startLocalPostgres, withClient, type LocalPostgres } from "../scripts/lib/postgres";
import { firstLoadJs, type FirstLoadJs } from "./first-load-js";
import { buildFloor, startFloor } from "./floor";
import { loadTest, type LoadOptions, type LoadResult } from "./load";
import { signIn } from "./session";
import { describeData, FULL_SIZE, scaled, seedLarge, type SeedStep } from "./seed";
import { floorOf, relativeMisses, relativeTo, TARGETS, type Relative } from "./targets";

/** Statements slower than this land in bench/.out/postgres.log. */
const SLOW_STATEMENT_MS = 50;

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    connections: { type: "string", default: "10" },
    scale: { type: "string", default: "1" },
    serial: { type: "string", default: "30" },
    only: { type: "string" },
    "skip-build": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    serve: { type: "boolean", default: false },
    profile: { type: "boolean", default: false },
  },
});
const durationSeconds = Number(flags.duration);
const warmupSeconds = Number(flags.warmup);
const connections = Number(flags.connections);
const scale = Number(flags.scale);
const serialRequests = Number(flags.serial);

const outDir = path.join(root, "bench/.out");
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
let postgres: LocalPostgres | null = null;
let web: ChildProcess | null = null;
let floor: ChildProcess | null = null;
let build: ChildProcess | null = null;
let cleaningUp: Promise<void> | null = null;

function cleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const child of [build, web, floor]) {
      if (!child?.pid || child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      try {
        process.kill(-child.pid, "SIGTERM"); // its own process group: next and whatever it forked
      } catch {
        child.kill("SIGTERM");
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          /* gone */
        }
      }, 5_000);
      await exited;
      clearTimeout(timer);
    }
    await postgres?.stop().catch(() => undefined);
    if (flags.keep) console.log(`Kept ${tmpDir}`);
    else fs.rmSync(tmpDir, { recursive: true, force: true });
  })();
  return cleaningUp;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.log(`\n${signal}: stopping…`);
    void cleanup().then(() => process.exit(130));
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface RouteSpec {
  name: string;
  path: string;
  kind: "page" | "api";
}

interface RouteResult extends RouteSpec {
  probeStatus: number;
  load: LoadResult | null;
  relative: Relative | null;
  firstLoadJs: FirstLoadJs | null;
  pass: boolean;
  misses: string[];
  serverErrors: string[];
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const pgLog = fs.createWriteStream(path.join(outDir, "postgres.log"));
  const serverLogPath = path.join(outDir, "server.log");
  const started = performance.now();

  // 1. Database.
  console.log(`Temp dir ${tmpDir}`);
  const pgPort = await freePort();
  postgres = await startLocalPostgres({ dataDir: path.join(tmpDir, "postgres"), port: pgPort, log: (line) => pgLog.write(line.endsWith("\n") ? line : `${line}\n`) });
  await createDatabase(postgres.adminUrl, "bench");
  const url = postgres.urlFor("bench");
  const applied = await migrate(url);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
  console.log(`PostgreSQL on 127.0.0.1:${pgPort}, ${applied.length} migration(s), demo data seeded.`);

  const size = scale === 1 ? FULL_SIZE : scaled(FULL_SIZE, scale);
  console.log(`Seeding the large data set${scale === 1 ? "" : ` (scale ${scale})`}…`);
  const seedStarted = performance.now();
  const seedSteps: SeedStep[] = await seedLarge(url, size, console.log);
  const seedMs = performance.now() - seedStarted;
  const data = await describeData(url);
  console.log(`Seeding took ${seconds(seedMs)}. ${Object.entries(data.counts).map(([table, n]) => `${table}: ${n.toLocaleString("en")}`).join(", ")}`);
  // Statements slower than the latency target end up in bench/.out/postgres.log.
  await withClient(postgres.adminUrl, (client) => client.query(`ALTER DATABASE bench SET log_min_duration_statement = ${SLOW_STATEMENT_MS}`));

  // 2. Web app.
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    AUTH_SECRET: "portal-bench-secret-0123456789abcdef",
    AUTH_TRUST_HOST: "true",
    PORTAL_MODE: "local",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    PORT: String(port),
  };
  delete env.ARM_ENDPOINT;
  const next = path.join(root, "node_modules/next/dist/bin/next");
  let buildMs = 0;
  if (!flags["skip-build"] && buildIsStale()) {
    console.log("Building the web app (sources changed since the last build)… log: bench/.out/build.log");
    const buildStarted = performance.now();
    const buildLog = fs.openSync(path.join(outDir, "build.log"), "w");
    build = spawn(process.execPath, [next, "build"], { cwd: root, env, stdio: ["ignore", buildLog, buildLog], detached: true });
    const code = await new Promise<number | null>((resolve) => build!.once("exit", resolve));
    fs.closeSync(buildLog);
    buildMs = performance.now() - buildStarted;
    if (code !== 0) {
      const tail = fs.readFileSync(path.join(outDir, "build.log"), "utf8").split("\n").slice(-40).join("\n");
      throw new Error(`next build failed (exit ${code}) after ${seconds(buildMs)}:\n${tail}`);
    }
    console.log(`Built in ${seconds(buildMs)}.`);
  } else {
    console.log(flags["skip-build"] ? "Using the existing build (--skip-build)." : "The build is up to date.");
  }

  const serverLog = fs.openSync(serverLogPath, "w");
  const profileArgs = flags.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.join(outDir, "profile")}`] : [];
  web = spawn(process.execPath, [...profileArgs, ...WEB_GUARD_ARGS, next, "start", "-p", String(port), "-H", "127.0.0.1"], { cwd: root, env, stdio: ["ignore", serverLog, serverLog], detached: true });
  web.once("exit", (code, signal) => {
    if (!cleaningUp) console.error(`next start exited (${code ?? signal}); see bench/.out/server.log`);
  });
  await waitForPort(port, 60_000);
  console.log(`Web app on ${baseUrl} (log: bench/.out/server.log).`);

  if (await buildFloor(path.join(outDir, "floor-build.log"))) console.log("Built the floor (bench/floor, log: bench/.out/floor-build.log).");
  const floorPort = await freePort();
  floor = await startFloor(floorPort, path.join(outDir, "floor.log"));
  const floorUrl = `http://127.0.0.1:${floorPort}/`;
  console.log(`Floor (empty dynamic page, same Next.js) on ${floorUrl}.`);

  const jar = await signIn(baseUrl, DEMO_USERS.contosoOwner, DEMO_PASSWORD);
  const cookie = jar.header();
  const check = await fetch(`${baseUrl}/api/v1/clusters`, { headers: { cookie } });
  if (check.status !== 200) throw new Error(`signed in, but GET /api/v1/clusters answered ${check.status}: ${await check.text()}`);
  const listed = (await check.json()) as { total?: number };
  console.log(`Signed in as ${DEMO_USERS.contosoOwner} through the credentials flow; GET /api/v1/clusters → 200 (total ${listed.total}).`);

  if (flags.serve) {
    console.log(`\n--serve: ${baseUrl}  database ${url}\ncurl -H 'cookie: ${cookie}' ${baseUrl}/clusters\nCtrl-C stops.`);
    fs.writeFileSync(path.join(outDir, "serve.json"), JSON.stringify({ baseUrl, databaseUrl: url, cookie, clusterId: data.clusterId }, null, 2));
    await new Promise(() => undefined);
  }

  // 3 + 4. Routes, between two measurements of the floor.
  const routes: RouteSpec[] = [
    { name: "cluster list", path: "/clusters", kind: "page" },
    { name: "cluster list, page 5", path: "/clusters?page=5", kind: "page" },
    { name: "cluster list, filtered", path: "/clusters?status=INITIALIZED", kind: "page" },
    { name: "cluster overview", path: `/clusters/${data.clusterId}`, kind: "page" },
    { name: "activity", path: "/activity", kind: "page" },
    { name: "support", path: "/support", kind: "page" },
    { name: "API cluster list", path: "/api/v1/clusters", kind: "api" },
    { name: "API cluster detail", path: `/api/v1/clusters/${data.clusterId}`, kind: "api" },
  ].filter((route) => !flags.only || route.path.includes(flags.only)) as RouteSpec[];
  console.log(`Overview target: ${data.clusterName} (${data.clusterEnvironments} environments). Load: ${connections} connections, ${warmupSeconds} s warm-up + ${durationSeconds} s per route, then ${serialRequests} requests at 1 connection.\n`);
  const loadOptions = (headers: Record<string, string>): LoadOptions => ({ connections, durationSeconds, warmupSeconds, headers, serialRequests });
  const describe = (load: LoadResult) =>
    `${load.requestsPerSecond.toFixed(0)} req/s, p95 ${load.p95} ms, ${load.errors} errors, 1 connection p50 ${load.serialP50} ms`;
  const measureFloor = async (when: string) => {
    process.stdout.write(`  ${`floor ${when}`.slice(0, 24).padEnd(24)} / … `);
    const load = await loadTest(floorUrl, loadOptions({ accept: "text/html" }));
    console.log(describe(load));
    if (load.errors > 0) throw new Error(`the floor answered ${load.errors} errors`);
    return load;
  };

  const loadBefore = os.loadavg()[0];
  if (loadBefore > os.cpus().length) {
    console.log(`WARNING: load average ${loadBefore.toFixed(1)} on ${os.cpus().length} CPUs before the load tests: other processes compete for the CPU; the ratios to the floor still compare like with like.\n`);
  }
  // Every route (and the floor) first answers a few requests, so that no route pays the server's
  // start-up (module loading, JIT) inside its own measurement just for being first in the list.
  for (const target of [floorUrl, ...routes.map((route) => `${baseUrl}${route.path}`)]) {
    for (let i = 0; i < 5; i++) await (await fetch(target, { headers: { cookie }, redirect: "manual" })).arrayBuffer();
  }
  // The floor is measured right before each route and the route compared with that run: the
  // machine's other work drifts over minutes, much less between two neighbouring runs.
  const floorRuns: LoadResult[] = [];
  const measured: { route: RouteSpec; probeStatus: number; load: LoadResult; floor: LoadResult; firstLoadJs: FirstLoadJs | null; misses: string[]; serverErrors: string[] }[] = [];
  for (const route of routes) {
    const logBefore = fs.statSync(serverLogPath).size;
    const probe = await fetch(`${baseUrl}${route.path}`, { headers: { cookie }, redirect: "manual" });
    await probe.arrayBuffer();
    let js: FirstLoadJs | null = null;
    const misses: string[] = [];
    if (route.kind === "page" && probe.ok) {
      js = await firstLoadJs(baseUrl, route.path, cookie);
    }
    const floorRun = await measureFloor(`for ${route.name}`);
    floorRuns.push(floorRun);
    process.stdout.write(`  ${route.name.padEnd(24)} ${route.path} … `);
    const load = await loadTest(`${baseUrl}${route.path}`, loadOptions({ cookie, accept: route.kind === "page" ? "text/html" : "application/json" }));
    console.log(describe(load));
    if (!probe.ok) misses.push(`answers ${probe.status}${probe.headers.get("location") ? ` → ${probe.headers.get("location")}` : ""}`);
    if (load.errors > TARGETS.errors) misses.push(`${load.errors} errors (${Object.entries(load.statusCodes).map(([code, n]) => `${n}× ${code}`).join(", ")}${load.socketErrors ? `, ${load.socketErrors} socket errors` : ""})`);
    if (js && js.gzip / 1000 > TARGETS.firstLoadJsKb) misses.push(`first-load JS ${(js.gzip / 1000).toFixed(1)} kB > ${TARGETS.firstLoadJsKb} kB`);
    if (route.kind === "page" && !js) misses.push("first-load JS not measured (page failed)");
    const logText = fs.readFileSync(serverLogPath, "utf8").slice(logBefore);
    const serverErrors = logText.split("\n").filter((line) => /error|exception|⨯/i.test(line)).slice(0, 10);
    measured.push({ route, probeStatus: probe.status, load, floor: floorRun, firstLoadJs: js, misses, serverErrors });
  }
  const floorNumbers = floorOf(floorRuns);
  const results: RouteResult[] = measured.map(({ route, load, floor: floorRun, misses, ...rest }) => {
    const relative = relativeTo(floorOf([floorRun]), load);
    const all = [...misses, ...relativeMisses(route.kind, relative)];
    return { ...route, ...rest, load, relative, pass: all.length === 0, misses: all };
  });

  // 5. Report.
  const header = ["route", "req/s", "× floor", "p50 ms", "p95 ms", "× floor", "p99 ms", "errors", "JS kB gz", "1-conn p50", "× floor", "result"];
  const x = (value: number) => `${value.toFixed(2)}×`;
  const floorRow = ["floor (mean)", floorNumbers.requestsPerSecond.toFixed(0), "1.00×", "", floorNumbers.p95.toFixed(1), "1.00×", "", "0", "", floorNumbers.serialP50.toFixed(1), "1.00×", ""];
  const rows = results.map((result) => [
    result.path.length > 40 ? `${result.path.slice(0, 37)}…` : result.path,
    result.load ? result.load.requestsPerSecond.toFixed(0) : "-",
    result.relative ? x(result.relative.rps) : "-",
    result.load ? String(result.load.p50) : "-",
    result.load ? String(result.load.p95) : "-",
    result.relative ? x(result.relative.p95) : "-",
    result.load ? String(result.load.p99) : "-",
    result.load ? String(result.load.errors) : "-",
    result.firstLoadJs ? (result.firstLoadJs.gzip / 1000).toFixed(1) : result.kind === "api" ? "n/a" : "-",
    result.load ? String(result.load.serialP50) : "-",
    result.relative ? x(result.relative.serial) : "-",
    result.pass ? "PASS" : "FAIL",
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...[floorRow, ...rows].map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  console.log(`\n${line(header)}\n${widths.map((width) => "-".repeat(width)).join("  ")}`);
  console.log(line(floorRow));
  for (const row of rows) console.log(line(row));
  console.log(
    `\nTargets at ${connections} connections: pages ≥ ${TARGETS.pageRps}× the floor's req/s, the JSON API ≥ ${TARGETS.apiRps}×, p95 ≤ ${TARGETS.p95Multiple}× the floor's p95; ` +
      `pages at 1 connection: median ≤ ${TARGETS.serialMultiple}× the floor's; ${TARGETS.errors} errors (non-2xx, a redirect to /sign-in included); first-load JS ≤ ${TARGETS.firstLoadJsKb} kB (gzip level 9, 1 kB = 1,000 bytes).\n` +
      `Each route is compared with the floor measured right before it (req/s ${floorRuns.map((run) => run.requestsPerSecond.toFixed(0)).join(" / ")}, p95 ${floorRuns.map((run) => run.p95).join(" / ")} ms, 1-conn p50 ${floorRuns.map((run) => run.serialP50).join(" / ")} ms); the floor row is their mean.`,
  );
  const loadAfter = os.loadavg()[0];
  console.log(`Load average (1 min) before/after the load tests: ${loadBefore.toFixed(1)} / ${loadAfter.toFixed(1)} on ${os.cpus().length} CPUs (the bench itself adds about 2).`);
  const failed = results.filter((result) => !result.pass);
  if (failed.length === 0) console.log("All targets met.");
  else {
    console.log("\nMISSED:");
    for (const result of failed) {
      console.log(`  ${result.path}: ${result.misses.join("; ")}`);
      for (const error of result.serverErrors) console.log(`      server: ${error.trim().slice(0, 300)}`);
    }
  }

  const slow = slowStatements(path.join(outDir, "postgres.log"));
  if (slow.length) {
    console.log(`\nStatements slower than ${SLOW_STATEMENT_MS} ms during the run (bench/.out/postgres.log):`);
    for (const statement of slow.slice(0, 8)) console.log(`  ${String(statement.count).padStart(5)}× max ${statement.maxMs.toFixed(0)} ms  ${statement.sql.slice(0, 220)}`);
  }

  const report = {
    finishedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
    options: { durationSeconds, warmupSeconds, connections, scale, serialRequests },
    targets: TARGETS,
    floor: { ...floorNumbers, runs: floorRuns },
    seeding: { totalMs: Math.round(seedMs), steps: seedSteps.map((step) => ({ ...step, ms: Math.round(step.ms) })) },
    buildMs: Math.round(buildMs),
    data,
    routes: results,
    slowStatements: slow,
    totalMs: Math.round(performance.now() - started),
  };
  fs.writeFileSync(path.join(outDir, "results.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nResults: bench/.out/results.json. Whole run: ${seconds(performance.now() - started)}.`);
}

/** `duration: N ms  execute …: SQL` lines of the PostgreSQL log, grouped by statement. */
function slowStatements(file: string): { sql: string; count: number; maxMs: number }[] {
  if (!fs.existsSync(file)) return [];
  const groups = new Map<string, { sql: string; count: number; maxMs: number }>();
  for (const match of fs.readFileSync(file, "utf8").matchAll(/duration: ([\d.]+) ms\s+(?:statement|execute [^:]*):\s*(.+)/g)) {
    const sql = match[2].trim();
    const group = groups.get(sql) ?? { sql, count: 0, maxMs: 0 };
    group.count += 1;
    group.maxMs = Math.max(group.maxMs, Number(match[1]));
    groups.set(sql, group);
  }
  return [...groups.values()].filter((group) => !/^(ALTER|CREATE|INSERT|ANALYZE)/i.test(group.sql)).sort((a, b) => b.count - a.count);
}

main()
  .then(() => cleanup())
  .then(() => process.exit(0))
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await cleanup();
    process.exit(1);
  });
