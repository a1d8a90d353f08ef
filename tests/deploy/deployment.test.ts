// The deployable portal: the standalone web server built as the Dockerfile builds it, started as
// the image starts it, twice, with two workers, on one database prepared by the migration Job.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "@/bench/session";
import { JOBS } from "@/server/jobs/registry";
import { startEmulator } from "@/emulator/server";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo-data";
import { provisionDemoAzure } from "@/scripts/lib/demo-azure";
import { prepareDatabase } from "@/scripts/lib/local-stack";
import { createDatabase, withClient, type LocalPostgres } from "@/scripts/lib/postgres";
import { startTempPostgres } from "@/scripts/lib/temp-postgres";
import { buildStandalone, killAll, portalEnv, root, runMigrationJob, standaloneDir, startWeb, startWorker, type PortalProcess } from "./processes";

let postgres: LocalPostgres;
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let databaseUrl: string;
let migration: ReturnType<typeof runMigrationJob>;
let queuesAfterMigration: string[] = [];
const webs: (PortalProcess & { url: string })[] = [];
const workers: PortalProcess[] = [];

beforeAll(async () => {
  buildStandalone();
  postgres = await startTempPostgres();
  await createDatabase(postgres.urlFor("postgres"), "portal");
  databaseUrl = postgres.urlFor("portal");
  migration = runMigrationJob(databaseUrl);
  queuesAfterMigration = (await query<{ name: string }>("SELECT name FROM pgboss.queue")).map((row) => row.name);
  await prepareDatabase(databaseUrl, { seed: true });
  const pg = new URL(databaseUrl);
  emulator = await startEmulator({ port: 0, stateDir: null, provisionMs: 300, postgres: { host: pg.hostname, port: Number(pg.port) } });
  await provisionDemoAzure(databaseUrl, emulator.url);
  const env = portalEnv(databaseUrl, emulator.url);
  webs.push(await startWeb(env), await startWeb(env));
  workers.push(...(await Promise.all([startWorker(env), startWorker(env)])));
}, 25 * 60_000);

afterAll(async () => {
  killAll();
  await emulator?.close();
  await postgres?.stop();
});

const query = <T>(sql: string, values: unknown[] = []) => withClient(databaseUrl, async (client) => (await client.query(sql, values)).rows as T[]);

async function waitFor<T>(probe: () => Promise<T | null>, what: string, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not reached in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("the standalone build", () => {
  it("ships the migrations its readiness check compares with, and the migration Job applies them", () => {
    expect(migration.status, migration.output).toBe(0);
    // Web processes can queue operations before any worker has started.
    expect(queuesAfterMigration.sort()).toEqual(JOBS.map((job) => job.name).sort());
    expect(fs.existsSync(path.join(standaloneDir, "server.js"))).toBe(true);
    expect(fs.readdirSync(path.join(standaloneDir, "prisma/migrations")).sort()).toEqual(fs.readdirSync(path.join(root, "prisma/migrations")).sort());
  });

  it("answers liveness and readiness on every web process", async () => {
    for (const web of webs) {
      expect((await fetch(`${web.url}/api/health/live`)).status).toBe(200);
      const ready = await fetch(`${web.url}/api/health/ready`);
      const body = await ready.json();
      expect(ready.status, JSON.stringify(body)).toBe(200);
      expect(body).toMatchObject({ status: "ready", checks: { database: { ok: true }, migrations: { ok: true, pending: [] }, queue: { ok: true }, requestGuard: { ok: true } } });
    }
  });

  it("serves the sign-in page and refuses an unauthenticated API call", async () => {
    const page = await fetch(`${webs[0].url}/sign-in`);
    expect(page.status).toBe(200);
    // The guard gives the page its policy, and Next.js puts the same nonce on its scripts.
    const nonce = /'nonce-([^']+)'/.exec(page.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonce).toBeTruthy();
    const html = await page.text();
    expect(html).toContain("<html");
    expect(html).toContain(`nonce="${nonce}"`);
    expect((await fetch(`${webs[0].url}/api/v1/clusters`)).status).toBe(401);
  });
});

describe("two web processes and two workers on one database", () => {
  it("share sessions: signed in on one, the other serves the same user", async () => {
    const jar = await signIn(webs[0].url, DEMO_USERS.contosoOwner, DEMO_PASSWORD);
    const response = await fetch(`${webs[1].url}/api/v1/clusters`, { headers: { cookie: jar.header() } });
    expect(response.status).toBe(200);
    const names = ((await response.json()) as { items: { name: string }[] }).items.map((cluster) => cluster.name);
    expect(names).toContain("contoso-prod");
    expect(names).not.toContain("fabrikam-main");
  });

  it("run operations started through either web process exactly once, and lose none when a worker is killed", async () => {
    const jar = await signIn(webs[1].url, DEMO_USERS.contosoOwner, DEMO_PASSWORD);
    const [prod, dev] = await Promise.all(["contoso-prod", "contoso-dev"].map(async (name) => (await query<{ id: string }>("SELECT id FROM clusters WHERE name = $1", [name]))[0].id));
    const post = (web: { url: string }, pathname: string, body: unknown) =>
      fetch(`${web.url}${pathname}`, { method: "POST", headers: { cookie: jar.header(), origin: web.url, "content-type": "application/json" }, body: JSON.stringify(body) });

    // Each web process reads the operation the other one started.
    const finish = (web: { url: string }, id: string) =>
      waitFor(async () => {
        const body = (await (await fetch(`${web.url}/api/v1/operations/${id}`, { headers: { cookie: jar.header() } })).json()) as { status: string };
        return body.status === "SUCCEEDED" || body.status === "FAILED" ? body : null;
      }, `operation ${id} finishing`, 240_000);

    const refresh = await post(webs[0], `/api/v1/clusters/${prod}/refresh`, {});
    expect(refresh.status).toBe(202);
    const refreshId = ((await refresh.json()) as { operationId: string }).operationId;
    expect((await finish(webs[1], refreshId)).status).toBe("SUCCEEDED");

    const init = await post(webs[1], `/api/v1/clusters/${dev}/initialize`, {});
    expect(init.status, await init.clone().text()).toBe(202);
    const initId = ((await init.json()) as { operationId: string }).operationId;
    // Kill the worker holding the initialization while it creates the PostgreSQL server (its id names its pid).
    const holder = await waitFor(async () => {
      const [row] = await query<{ lease_owner: string | null; steps: { name: string; status: string }[] }>("SELECT lease_owner, steps FROM operations WHERE id = $1", [initId]);
      return row.lease_owner && row.steps.some((step) => step.name === "PostgreSQL flexible server" && step.status === "running") ? row.lease_owner : null;
    }, "a worker creating the PostgreSQL server");
    const victim = workers.find((worker) => holder.includes(`:${worker.child.pid}:`));
    expect(victim, holder).toBeDefined();
    await victim!.stop("SIGKILL");
    expect((await finish(webs[0], initId)).status).toBe("SUCCEEDED");
    const ids = [refreshId, initId];

    const rows = await query<{ id: string; attempts: number }>("SELECT id, attempts FROM operations WHERE id = ANY($1::uuid[]) ORDER BY array_position($1::uuid[], id)", [ids]);
    expect(rows.map((row) => row.attempts)).toEqual([1, 2]); // the refresh ran once; the initialization resumed once after the kill
    expect((await query<{ status: string }>("SELECT status FROM clusters WHERE id = $1", [dev]))[0].status).toBe("INITIALIZED");
  }, 300_000);

  it("stop on SIGTERM: the stopped web process takes no requests, the other serves on", async () => {
    const [first, second] = webs;
    expect([0, 143]).toContain(await first.stop("SIGTERM"));
    await expect(fetch(`${first.url}/api/health/live`)).rejects.toThrow();
    expect((await fetch(`${second.url}/api/health/ready`)).status).toBe(200);
    const survivor = workers.find((worker) => worker.child.exitCode === null && worker.child.signalCode === null)!;
    expect(await survivor.stop("SIGTERM")).toBe(0);
  }, 60_000);
});
