// What the backup benchmark measures and prints beside its timings: where an operation's time went,
// the CPU share of the worker and PostgreSQL, and the memory of the worker and its children (bench/backup/run.ts).
import fs from "node:fs";
import { postmasterOf } from "./cpu";

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
  const ticks = (id: number | string) => {
    try {
      const fields = fs.readFileSync(`/proc/${id}/stat`, "utf8").split(") ")[1].split(" ");
      return Number(fields[11]) + Number(fields[12]);
    } catch {
      return 0;
    }
  };
  const read = (file: string) => {
    try {
      return fs.readFileSync(file, "utf8");
    } catch {
      return ""; // ended meanwhile
    }
  };
  const postmaster = postmasterOf(dataDir)?.toString();
  const postgres = () => {
    let sum = 0;
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      const status = read(`/proc/${entry}/status`);
      if (entry === postmaster || (postmaster && new RegExp(`PPid:\\s+${postmaster}\\n`).test(status))) sum += ticks(entry);
    }
    return sum;
  };
  const [w0, p0] = [ticks(pid), postgres()];
  await new Promise((resolve) => setTimeout(resolve, ms));
  const hz = 100;
  return { worker: (ticks(pid) - w0) / hz / (ms / 1000), postgres: (postgres() - p0) / hz / (ms / 1000) };
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
 */
export class TreeSampler {
  /** Peak PSS sum of the worker and its descendants other than pg_dump / pg_restore, MB. */
  peakNode = 0;
  /** Peak PSS sum including pg_dump / pg_restore, MB. */
  peakAll = 0;
  private timer: NodeJS.Timeout | null = null;
  constructor(private readonly pid: number) {}
  sample(): { node: number; all: number } {
    const children = new Map<number, number[]>();
    const names = new Map<number, string>();
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const status = fs.readFileSync(`/proc/${entry}/status`, "utf8");
        const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
        names.set(Number(entry), /Name:\s+(\S+)/.exec(status)?.[1] ?? "");
        children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      } catch {
        // the process ended meanwhile
      }
    }
    const pss = (pid: number) => {
      try {
        return Number(/Pss:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0) / 1024;
      } catch {
        return 0;
      }
    };
    let node = 0;
    let all = 0;
    const walk = (pid: number) => {
      const name = names.get(pid);
      if (name !== undefined) {
        const size = pss(pid);
        all += size;
        if (!name.startsWith("pg_")) node += size;
      }
      for (const kid of children.get(pid) ?? []) walk(kid);
    };
    walk(this.pid);
    this.peakNode = Math.max(this.peakNode, node);
    this.peakAll = Math.max(this.peakAll, all);
    return { node, all };
  }
  start() {
    this.timer = setInterval(() => this.sample(), 100);
  }
  stop() {
    if (this.timer) clearInterval(this.timer);
  }
  /** The worker process's own peak RSS (VmHWM), MB. */
  workerHwm(): number {
    return Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${this.pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  }
  workerRss(): number {
    return Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${this.pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  }
}
