// `npm run bench:cpu -- --pid <pid of next-server> [--base http://127.0.0.1:PORT] [--requests 150]
//   [--connections 5] [--warmup 5] [paths…]`: CPU milliseconds per request of a running web process and
// the size of each answer (HTML, and the inline RSC payload in it). The CPU is the process's user +
// system time from /proc/<pid>/stat over the requests (Linux), so unlike req/s it does not depend on how
// long the process waited for a CPU on a shared machine (decisions 0028, 0038). The URL, the signed-in
// cookie and the overview's cluster come from bench/.out/serve.json (`npm run bench -- --serve`);
// `--base` measures another build started on the same database and AUTH_SECRET. Answers are asked for
// uncompressed, as the load test does.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { root } from "../scripts/lib/local-stack";

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pid: { type: "string" },
    base: { type: "string" },
    requests: { type: "string", default: "150" },
    connections: { type: "string", default: "5" },
    warmup: { type: "string", default: "5" },
  },
});

const serve = JSON.parse(fs.readFileSync(path.join(root, "bench/.out/serve.json"), "utf8")) as { baseUrl: string; cookie: string; clusterId: string };
const base = flags.base ?? serve.baseUrl;
const pid = Number(flags.pid);
if (!Number.isInteger(pid) || pid <= 0) throw new Error("--pid <pid of the web process> is required (ss -ltnp shows who listens on the port)");
const requests = Number(flags.requests);
const connections = Number(flags.connections);
const warmup = Number(flags.warmup);
const ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
const paths = positionals.length
  ? positionals.map((route) => route.replace("{id}", serve.clusterId))
  : ["/clusters", "/clusters?page=5", "/clusters?status=OFFBOARDED", `/clusters/${serve.clusterId}`, "/activity", "/support", "/api/v1/clusters", `/api/v1/clusters/${serve.clusterId}`];

/** User + system CPU of the process so far, in ms (fields 14 and 15 of /proc/<pid>/stat). */
function cpuMs(): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
}

async function get(route: string): Promise<{ status: number; text: string }> {
  const accept = route.startsWith("/api/") ? "application/json" : "text/html";
  const response = await fetch(`${base}${route}`, { headers: { cookie: serve.cookie, accept, "accept-encoding": "identity" }, redirect: "manual" });
  return { status: response.status, text: await response.text() };
}

async function main() {
  for (const route of paths) await measure(route);
}

async function measure(route: string) {
  for (let i = 0; i < warmup; i++) await get(route);
  const sample = await get(route);
  const payload = [...sample.text.matchAll(/self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((sum, match) => sum + match[1].length, 0);
  const statuses = new Set<number>();
  let left = requests;
  const before = cpuMs();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (left-- > 0) statuses.add((await get(route)).status);
    }),
  );
  const perRequest = (cpuMs() - before) / requests;
  console.log(
    `${route.padEnd(50)} ${perRequest.toFixed(1).padStart(6)} ms CPU/request  ${(sample.text.length / 1000).toFixed(1).padStart(6)} kB (payload ${(payload / 1000).toFixed(1)})  status ${[...statuses].join(",")}`,
  );
}

void main();
