// `npm run bench:backup [-- --mb 1024 --files 20]`: a generated environment database of about
// --mb MiB (default 1 GiB) plus --files 1 MiB files; then, in the same run, bare
// `pg_dump -O -x -Fc` to a file and `pg_restore` from it, and the portal's snapshot and restore
// operations run by a real worker process (worker/index.ts) against PostgreSQL and Azurite.
// Prints wall times, the ratios bare/portal (target ≥ 0.8) and the worker's peak RSS (target ≤ 256 MB).
// Run with the react-server condition (server-only modules).
import { execFile, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import { Client } from "pg";
import { startEmulator } from "../../emulator/server";
import { DEMO_USERS, seedDemo } from "../../prisma/demo-data";
import { migrate } from "../../scripts/lib/migrations";
import { createDatabase, freePort, startLocalPostgres } from "../../scripts/lib/postgres";
import { root, startAzurite, waitForPort, workerNodeArgs } from "../../scripts/lib/local-stack";
import { CpuMeter, median, postmasterOf, type CpuReading } from "./cpu";
import { cpuShare, printProbe, printStages, seconds, TreeSampler } from "./report";
import { DEFAULT_CLUSTER_SETTINGS } from "../../lib/cluster-settings";
import { loadActor } from "../../server/store/actors";
import { createAzureGateway } from "../../server/azure/gateway";
import { componentName, postgresBody, resourceGroupBody, storageAccountBody, type ClusterPlan } from "../../server/azure/transform";
import { createDb } from "../../server/db";
import { queueSnapshot } from "../../server/domain/backups/request-snapshot";
import { restoreSnapshot } from "../../server/domain/backups/restore-snapshot";
import { createDataPlane } from "../../server/environments/data-plane";
import { createBoss } from "../../server/jobs/boss";
import { ensureQueues } from "../../server/jobs/registry";
import { dataTargetOf, loadBackupEnvironment } from "../../server/store/snapshots";

const { values } = parseArgs({
  options: { mb: { type: "string", default: "1024" }, files: { type: "string", default: "20" }, rounds: { type: "string", default: "3" }, "cpu-prof": { type: "string" }, "node-flags": { type: "string" } },
});
const TARGET_MB = Number(values.mb);
const FILES = Number(values.files);
const ROUNDS = Math.max(1, Number(values.rounds));
const PG_BIN = "/usr/bin";


async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-bench-"));
  const pg = await startLocalPostgres({ dataDir: path.join(dataDir, "pg"), port: await freePort() });
  const blobPort = await freePort();
  const azurite = startAzurite(path.join(dataDir, "azurite"), blobPort);
  const blobEndpoint = `http://127.0.0.1:${blobPort}/devstoreaccount1`;
  const emulator = await startEmulator({ port: 0, stateDir: null, provisionMs: 0, postgres: { host: "127.0.0.1", port: pg.port }, blobEndpoint });
  let worker: ReturnType<typeof spawn> | null = null;
  try {
    await waitForPort(blobPort);
    await createDatabase(pg.adminUrl, "portal");
    const url = pg.urlFor("portal");
    process.env.DATABASE_URL = url;
    process.env.AUTH_SECRET ??= "bench-secret-0123456789abcdef";
    await migrate(url);
    const db = createDb(url, 5);
    await seedDemo(db);
    const gateway = createAzureGateway({ mode: "local", endpoint: emulator.url, pollIntervalMs: 10 });
    const dataPlane = createDataPlane({ mode: "local", gateway, adminUrl: pg.adminUrl });

    // The environment: a demo cluster's resources in the emulator, one environment with real data.
    const cluster = await db.cluster.findFirstOrThrow({ where: { name: "contoso-prod" }, include: { connection: true } });
    const plan: ClusterPlan = { subscriptionId: cluster.connection.subscriptionId, resourceGroup: cluster.managedResourceGroup, clusterName: cluster.name, location: cluster.region, settings: DEFAULT_CLUSTER_SETTINGS };
    const clients = gateway.clientsFor(plan.subscriptionId);
    await clients.resources.resourceGroups.createOrUpdate(plan.resourceGroup, resourceGroupBody(plan));
    await clients.postgres.servers.beginCreateOrUpdateAndWait(plan.resourceGroup, componentName(plan, "POSTGRES"), postgresBody(plan) as never, clients.lro);
    await clients.storage.storageAccounts.beginCreateAndWait(plan.resourceGroup, componentName(plan, "STORAGE"), storageAccountBody(plan) as never, clients.lro);
    const namespace = await db.namespace.findFirstOrThrow({ where: { clusterId: cluster.id } });
    const row = await db.environment.create({
      data: { orgId: cluster.orgId, clusterId: cluster.id, namespaceId: namespace.id, name: "bench", state: "STOPPED", instances: 0, packageName: "bench.mda", modelVersion: "1.0.0", databaseName: "bench_env", filesContainer: "bench-env" },
    });
    let environment = await loadBackupEnvironment(db, row.id);
    const target = dataTargetOf(environment);
    await dataPlane.provision(target);

    console.log(`Generating about ${TARGET_MB} MiB of data…`);
    const started = Date.now();
    const client = await dataPlane.connect(target);
    await client.query("CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz NOT NULL, kind text NOT NULL, body text NOT NULL)");
    await client.query("CREATE TABLE customers (id int PRIMARY KEY, name text, email text)");
    await client.query("INSERT INTO customers SELECT g, 'customer ' || g, 'c' || g || '@example.com' FROM generate_series(1, 50000) g");
    let next = 1;
    const batch = 200_000;
    for (;;) {
      const size = Number((await client.query("SELECT pg_database_size(current_database()) AS s")).rows[0].s);
      if (size >= TARGET_MB * 1024 * 1024) break;
      await client.query(
        `INSERT INTO events SELECT g, now() - (g || ' seconds')::interval, (ARRAY['order','payment','login','logout'])[1 + (g % 4)::int],
           md5(g::text) || ' ' || md5((g * 31)::text) || ' ' || repeat(chr(65 + (g % 26)::int), (40 + g % 60)::int)
         FROM generate_series($1::bigint, $2::bigint) g`,
        [next, next + batch - 1],
      );
      next += batch;
    }
    await client.end();
    const files = await dataPlane.files(target);
    for (let i = 0; i < FILES; i++) {
      const id = `${(0x10000000 + i).toString(16)}-0000-4000-8000-${String(i).padStart(12, "0")}`;
      await files.getBlockBlobClient(id).upload(Buffer.alloc(1024 * 1024, i), 1024 * 1024);
    }
    const admin = await dataPlane.admin(target);
    const dbSize = Number((await admin.query("SELECT pg_database_size('bench_env') AS s")).rows[0].s);
    await admin.end();
    console.log(`Database ${(dbSize / 1024 ** 2).toFixed(0)} MiB (${next - 1} event rows), ${FILES} files of 1 MiB; generated in ${seconds(Date.now() - started)} s.`);

    // Bare tools, same database in the same state (vacuumed, checkpointed), same run: bare and
    // portal alternate, in turn first and second, for --rounds rounds; medians are reported.
    const pgUrl = new URL(pg.adminUrl);
    const pgEnv = { ...process.env, PGHOST: "127.0.0.1", PGPORT: String(pg.port), PGUSER: decodeURIComponent(pgUrl.username), PGPASSWORD: decodeURIComponent(pgUrl.password) };
    settle(pgEnv, "bench_env");
    const postmaster = postmasterOf(path.join(dataDir, "pg"));
    // Every process the benchmark started is its own root, so none is counted twice (cpu.ts); on
    // the bare side "tools" is the benchmark process with the pg_dump / pg_restore it waited for.
    const others = { postgres: () => postmaster, worker: () => worker?.pid, azurite: () => azurite.pid };
    const bareCpu = new CpuMeter({ tools: () => process.pid, ...others });
    const portalCpu = new CpuMeter({ ...others, bench: () => process.pid });
    // The tools run asynchronously: the benchmark's own work (the memory sampler, the in-process
    // ARM emulator) goes on during the bare runs as during the portal's, so both sides pay it.
    const tool = (name: string, args: string[]) => promisify(execFile)(path.join(PG_BIN, name), args, { env: pgEnv });
    const bareRun = async (database: string) => {
      const dumpFile = path.join(dataDir, "bare.dump");
      let started = Date.now();
      let cpu0 = bareCpu.read();
      let own0 = process.cpuUsage();
      await tool("pg_dump", ["-O", "-x", "-Fc", "-f", dumpFile, database]);
      const dumpCpu = { ...CpuMeter.since(cpu0, bareCpu.read()), benchOwn: ownSeconds(own0) };
      const dump = Date.now() - started;
      await tool("psql", ["-q", "-d", "postgres", "-c", "CREATE DATABASE bench_bare"]);
      started = Date.now();
      cpu0 = bareCpu.read();
      own0 = process.cpuUsage();
      await tool("pg_restore", ["-O", "-x", "--exit-on-error", "--single-transaction", "-d", "bench_bare", dumpFile]);
      const restore = Date.now() - started;
      const restoreCpu = { ...CpuMeter.since(cpu0, bareCpu.read()), benchOwn: ownSeconds(own0) };
      const size = fs.statSync(dumpFile).size;
      fs.rmSync(dumpFile);
      await tool("psql", ["-q", "-d", "postgres", "-c", "DROP DATABASE bench_bare"]);
      return { dump, restore, size, dumpCpu, restoreCpu };
    };

    // The portal: a real worker process runs the snapshot and the restore operations.
    const boss = createBoss(url, { worker: false });
    await boss.start();
    await ensureQueues(boss);
    const profile = values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values["cpu-prof"])}`] : [];
    const probeFile = path.join(dataDir, "worker-probe.jsonl");
    const probe = ["--import", path.join(root, "bench/backup/worker-probe.mjs")];
    const extraFlags = values["node-flags"]?.split(" ").filter(Boolean) ?? [];
    worker = spawn(process.execPath, [...profile, ...extraFlags, ...probe, ...(await workerNodeArgs())], {
      cwd: root,
      env: { ...process.env, BENCH_PROBE_FILE: probeFile, DATABASE_URL: url, PORTAL_MODE: "local", ARM_ENDPOINT: emulator.url, DATA_PLANE_PG_ADMIN_URL: pg.adminUrl, NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const child = worker;
    await new Promise<void>((resolve, reject) => {
      let out = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        if (/worker ready/i.test(out)) resolve();
      });
      child.once("exit", (code) => reject(new Error(`worker exited with ${code}`)));
    });
    child.stdout!.resume();
    // One small query every 250 ms; the operation's time ends at its recorded finish, not at the
    // poll that saw it, so the slower polling adds nothing to the portal's time.
    const waitFor = async (operationId: string): Promise<Date> => {
      for (;;) {
        const op = await db.operation.findUniqueOrThrow({ where: { id: operationId }, select: { status: true, error: true, finishedAt: true } });
        if (op.status === "SUCCEEDED") return op.finishedAt!;
        if (op.status === "FAILED") throw new Error(`operation failed: ${JSON.stringify(op.error)}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    };
    // The worker's memory is the sum of its process tree (every process it spawned, sampled every
    // 250 ms, report.ts): node processes (the worker and anything it runs for the pipeline) and,
    // reported apart, pg_dump / pg_restore, which the bare run needs as well.
    const sampler = new TreeSampler(child.pid!);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idle = { rss: sampler.workerRss() };
    const idleCpu = await cpuShare(child.pid!, dataDir, 3000);
    sampler.start();
    const phases: { name: string; from: number; to: number }[] = [];
    const owner = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.contosoOwner } });
    const portalRun = async (round: number) => {
      let t0 = Date.now();
      let cpu0 = portalCpu.read();
      let own0 = process.cpuUsage();
      const { operation, snapshot } = await busyRetry(() => queueSnapshot(db, boss, environment, "MANUAL", null, `bench ${round}`));
      const snapshotMs = (await waitFor(operation.id)).getTime() - t0;
      const snapshotCpu = { ...CpuMeter.since(cpu0, portalCpu.read()), benchOwn: ownSeconds(own0) };
      phases.push({ name: `snapshot ${round}`, from: t0, to: t0 + snapshotMs });
      const archiveSize = Number((await db.snapshot.findUniqueOrThrow({ where: { id: snapshot.id } })).archiveSize);
      environment = await loadBackupEnvironment(db, row.id);
      t0 = Date.now();
      cpu0 = portalCpu.read();
      own0 = process.cpuUsage();
      const actor = (await loadActor(db, owner.id))!;
      const restore = await busyRetry(() => restoreSnapshot(db, boss, actor, environment.id, snapshot.id, {}));
      const restoreMs = (await waitFor(restore.operation.id)).getTime() - t0;
      const restoreCpu = { ...CpuMeter.since(cpu0, portalCpu.read()), benchOwn: ownSeconds(own0) };
      phases.push({ name: `restore ${round}`, from: t0, to: t0 + restoreMs });
      environment = await loadBackupEnvironment(db, row.id);
      // The restored database is the one both sides dump next: settled the same way as the first.
      settle(pgEnv, environment.databaseName);
      return {
        snapshotMs,
        restoreMs,
        snapshotCpu,
        restoreCpu,
        archiveSize,
        snapshotOp: await db.operation.findUniqueOrThrow({ where: { id: operation.id } }),
        restoreOp: await db.operation.findUniqueOrThrow({ where: { id: restore.operation.id } }),
      };
    };
    const bares: Awaited<ReturnType<typeof bareRun>>[] = [];
    const portals: Awaited<ReturnType<typeof portalRun>>[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      // Odd rounds run the bare tools first, even rounds the portal first.
      if (round % 2 === 1) bares.push(await bareRun(environment.databaseName));
      portals.push(await portalRun(round));
      if (round % 2 === 0) bares.push(await bareRun(environment.databaseName));
      const [bare, portal] = [bares.at(-1)!, portals.at(-1)!];
      console.log(
        `round ${round} (${round % 2 ? "bare first" : "portal first"}, load ${os.loadavg()[0].toFixed(1)}): ` +
          `pg_dump ${seconds(bare.dump)} s / snapshot ${seconds(portal.snapshotMs)} s; pg_restore ${seconds(bare.restore)} s / restore ${seconds(portal.restoreMs)} s`,
      );
    }
    sampler.stop();
    const dumpSize = bares[0].size;
    const archiveSize = portals[0].archiveSize;
    const bareDump = median(bares.map((bare) => bare.dump));
    const bareRestore = median(bares.map((bare) => bare.restore));
    const ourSnapshot = median(portals.map((portal) => portal.snapshotMs));
    const ourRestore = median(portals.map((portal) => portal.restoreMs));

    const check = new Client({ connectionString: pg.urlFor((await db.environment.findUniqueOrThrow({ where: { id: row.id } })).databaseName) });
    await check.connect();
    const restoredRows = Number((await check.query("SELECT count(*) AS n FROM events")).rows[0].n);
    await check.end();
    if (restoredRows !== next - 1) throw new Error(`restored ${restoredRows} rows, expected ${next - 1}`);

    console.log("");
    console.log(`database ${(dbSize / 1024 ** 2).toFixed(0)} MiB · bare dump ${(dumpSize / 1024 ** 2).toFixed(0)} MiB · archive ${(archiveSize / 1024 ** 2).toFixed(0)} MiB`);
    const list = (values: number[]) => values.map(seconds).join(" / ");
    console.log(`${ROUNDS} round(s), medians; CPU seconds are medians as well`);
    console.log(`snapshot: bare pg_dump ${seconds(bareDump)} s (${list(bares.map((bare) => bare.dump))}), portal ${seconds(ourSnapshot)} s (${list(portals.map((portal) => portal.snapshotMs))}) → ratio ${(bareDump / ourSnapshot).toFixed(2)} (target ≥ 0.8)`);
    console.log(`          bare ${cpuLine(bares.map((bare) => bare.dumpCpu), bares.map((bare) => bare.dump))}; portal ${cpuLine(portals.map((portal) => portal.snapshotCpu), portals.map((portal) => portal.snapshotMs))}`);
    for (const portal of portals) printStages(portal.snapshotOp);
    console.log(`restore:  bare pg_restore ${seconds(bareRestore)} s (${list(bares.map((bare) => bare.restore))}), portal ${seconds(ourRestore)} s (${list(portals.map((portal) => portal.restoreMs))}) → ratio ${(bareRestore / ourRestore).toFixed(2)} (target ≥ 0.8)`);
    console.log(`          bare ${cpuLine(bares.map((bare) => bare.restoreCpu), bares.map((bare) => bare.restore))}; portal ${cpuLine(portals.map((portal) => portal.restoreCpu), portals.map((portal) => portal.restoreMs))}`);
    for (const portal of portals) printStages(portal.restoreOp);
    const peak = Math.max(sampler.workerHwm(), sampler.peakNode);
    console.log(
      `worker peak memory ${peak.toFixed(0)} MB (target ≤ 256 MB) = the larger of the worker's own peak RSS ${sampler.workerHwm().toFixed(0)} MB ` +
        `and the peak PSS sum of the worker and every process it started except pg_dump/pg_restore ${sampler.peakNode.toFixed(0)} MB ` +
        `(with them ${sampler.peakAll.toFixed(0)} MB); idle worker RSS ${idle.rss.toFixed(0)} MB`,
    );
    console.log(`idle worker: ${(idleCpu.worker * 100).toFixed(0)}% of a core, PostgreSQL ${(idleCpu.postgres * 100).toFixed(0)}% of a core (job polling)`);
    console.log(`benchmark's memory sampler: ${sampler.samples} samples, ${(sampler.cpuMs / Math.max(1, sampler.samples)).toFixed(1)} ms CPU each (${seconds(sampler.cpuMs)} s in all)`);
    printProbe(probeFile, phases);
    await boss.stop({ graceful: false });
    await db.$disconnect();
  } finally {
    if (worker && worker.exitCode === null) {
      // A graceful stop lets --cpu-prof write its profile.
      const exited = new Promise((resolve) => worker!.once("exit", resolve));
      worker.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      worker.kill("SIGKILL");
    }
    azurite.kill("SIGTERM");
    await emulator.close();
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A database at rest: vacuumed (hint bits and visibility map set) and checkpointed, outside any timing. */
function settle(pgEnv: NodeJS.ProcessEnv, database: string) {
  execFileSync(path.join(PG_BIN, "psql"), ["-q", "-d", database, "-c", "VACUUM (FREEZE, ANALYZE)", "-c", "CHECKPOINT"], { env: pgEnv });
}

/** The CPU seconds of one side (medians), and the benchmark process's own share of a core during it. */
function cpuLine(readings: CpuReading[], wallMs: number[]): string {
  const { benchOwn, ...parts } = medianReading(readings);
  return `${CpuMeter.format(parts)} [benchmark process itself ${benchOwn.toFixed(1)} s, ${((benchOwn / (median(wallMs) / 1000)) * 100).toFixed(0)}% of a core]`;
}

/** The benchmark process's own CPU seconds since `start` (process.cpuUsage), without its children. */
function ownSeconds(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

function medianReading(readings: CpuReading[]): CpuReading {
  return Object.fromEntries(Object.keys(readings[0] ?? {}).map((name) => [name, median(readings.map((reading) => reading[name]))]));
}

/**
 * On a machine busy with other work Prisma may not get a transaction started within its 2 s
 * (P2028, nothing was written): the benchmark asks again instead of failing after minutes of setup.
 */
async function busyRetry<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code !== "P2028" || attempt >= 5) throw error;
      console.log("(PostgreSQL busy: no transaction within 2 s; asking again)");
    }
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
