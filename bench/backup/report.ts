// What the backup benchmark measures and prints beside its timings: where an operation's time went,
// the CPU share of the worker and PostgreSQL, and the memory of the worker and its children (bench/backup/run.ts).
import fs from "node:fs";
import { CpuMeter, parents, postmasterOf } from "./cpu";

export const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Where an operation's time went: queue pickup, each step, and the stages its result reports. */
export function printStages(op: { createdAt: Date; startedAt: Date | null; finishedAt: Date | null; steps: unknown; result: unknown }) {
  const ms = (from: string | Date | null | undefined, to: string | Date | null | undefined) => (from && to ? new Date(to).getTime() - new Date(from).getTime() : 0);
  const parts = [`pickup ${seconds(ms(op.createdAt, op.startedAt))} s`];
  for (const step of (op.steps as { name: string; startedAt?: string; finishedAt?: string }[]) ?? []) parts.push(`${step.name} ${seconds(ms(step.startedAt, step.finishedAt))} s`);
  const stages = (op.result as { stages?: Record<string, number> } | null)?.stages ?? {};
  const inner = Object.entries(stages).map(([name, value]) => `${name} ${seconds(value)} s`);
  console.log(`          ${parts.join(" · ")}${inner.length ? ` [${inner.join(", ")}]` : ""}`);
}

/** CPU used by a process and by the benchmark's PostgreSQL (the server on `dataDir`) over `ms`, as a share of one core. */
export async function cpuShare(pid: number, dataDir: string, ms: number): Promise<{ worker: number; postgres: number }> {
  const postmaster = postmasterOf(dataDir);
  const meter = new CpuMeter({ worker: () => pid, postgres: () => postmaster });
  const before = meter.read();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const used = CpuMeter.since(before, meter.read());
  return { worker: used.worker / (ms / 1000), postgres: used.postgres / (ms / 1000) };
}

/** The worker's own view of its memory during each phase (bench/backup/worker-probe.mjs). */
export function printProbe(file: string, phases: { name: string; from: number; to: number }[]) {
  if (!fs.existsSync(file)) return;
  const rows = fs
    .readFileSync(file, "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as { t: number; rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number; cpu: number });
  const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);
  for (const phase of phases) {
    const inside = rows.filter((row) => row.t >= phase.from && row.t <= phase.to);
    if (!inside.length) continue;
    const peak = inside.reduce((a, b) => (b.rss > a.rss ? b : a));
    const cpu = (inside.at(-1)!.cpu - inside[0].cpu) / 1000 / Math.max(1, inside.at(-1)!.t - inside[0].t);
    console.log(
      `  ${phase.name}: worker at its peak rss ${mb(peak.rss)} MB = heap ${mb(peak.heapUsed)}/${mb(peak.heapTotal)} MB, external ${mb(peak.external)} MB (buffers ${mb(peak.arrayBuffers)} MB); worker CPU ${(cpu * 100).toFixed(0)}% of a core`,
    );
  }
}

/**
 * Samples the memory of a process and all its descendants (from /proc). Summed as PSS
 * (proportional set size): pages shared between processes, such as those of a child between
 * fork and exec, count once in the sum instead of once per process as RSS would.
 *
 * Cheap enough not to load the machine it measures: only the worker's tree is read (its
 * smaps_rollup, a page-table walk, is the cost: ~2.5 ms for a 200 MB worker), every `periodMs`
 * (250 ms); the tree itself (who are the worker's children) is looked up from /proc/<pid>/stat
 * once every `scanEvery` samples (1 s), since pg_dump / pg_restore live for seconds. The worker's
 * own peak is not sampled at all but read from the kernel (VmHWM, exact); the sampled PSS sum
 * can only miss a peak of the worker and its children shorter than one period.
 */
export class TreeSampler {
  /** Peak PSS sum of the worker and its descendants other than pg_dump / pg_restore, MB. */
  peakNode = 0;
  /** Peak PSS sum including pg_dump / pg_restore, MB. */
  peakAll = 0;
  /** Samples taken, and the CPU time the benchmark process spent taking them, ms. */
  samples = 0;
  cpuMs = 0;
  private timer: NodeJS.Timeout | null = null;
  private tree: { pid: number; name: string }[] = [];
  constructor(
    private readonly pid: number,
    private readonly options: { periodMs: number; scanEvery: number } = { periodMs: 250, scanEvery: 4 },
  ) {}
  private scan() {
    const table = parents();
    const found = [this.pid];
    for (let i = 0; i < found.length; i++) for (const [pid, ppid] of table) if (ppid === found[i]) found.push(pid);
    this.tree = found.map((pid) => ({ pid, name: readOr(`/proc/${pid}/comm`).trim() }));
  }
  sample(): { node: number; all: number } {
    const started = process.cpuUsage();
    if (this.samples++ % this.options.scanEvery === 0) this.scan();
    let node = 0;
    let all = 0;
    for (const { pid, name } of this.tree) {
      const size = Number(/Pss:\s+(\d+) kB/.exec(readOr(`/proc/${pid}/smaps_rollup`))?.[1] ?? 0) / 1024;
      all += size;
      if (!name.startsWith("pg_")) node += size;
    }
    this.peakNode = Math.max(this.peakNode, node);
    this.peakAll = Math.max(this.peakAll, all);
    const used = process.cpuUsage(started);
    this.cpuMs += (used.user + used.system) / 1000;
    return { node, all };
  }
  start() {
    this.timer = setInterval(() => this.sample(), this.options.periodMs);
  }
  stop() {
    if (this.timer) clearInterval(this.timer);
  }
  /** The worker process's own peak RSS (VmHWM), MB. */
  workerHwm(): number {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readOr(`/proc/${this.pid}/status`))?.[1] ?? 0) / 1024;
  }
  workerRss(): number {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readOr(`/proc/${this.pid}/status`))?.[1] ?? 0) / 1024;
  }
}

function readOr(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return ""; // the process ended meanwhile
  }
}
