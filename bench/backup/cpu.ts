// CPU seconds used by the parts of a backup benchmark, read from /proc (Linux): a process's own
// time plus that of its children it has waited for (pg_dump / pg_restore for the worker,
// finished backends for PostgreSQL's postmaster), plus the time of children still running.
import fs from "node:fs";

const HZ = 100;

function read(file: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return ""; // the process ended meanwhile
  }
}

/** utime + stime (+ cutime + cstime with `reaped`) of one process, in clock ticks. */
function ticks(pid: number, reaped: boolean): number {
  const text = read(`/proc/${pid}/stat`);
  if (!text) return 0;
  const fields = text.slice(text.lastIndexOf(") ") + 2).split(" ");
  const own = Number(fields[11]) + Number(fields[12]);
  return reaped ? own + Number(fields[13]) + Number(fields[14]) : own;
}

/** Process id → parent id, for every process (from /proc/<pid>/stat, the cheapest file that has it). */
export function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const text = read(`/proc/${entry}/stat`);
    if (!text) continue;
    map.set(Number(entry), Number(text.slice(text.lastIndexOf(") ") + 2).split(" ")[1]));
  }
  return map;
}

/**
 * A process and its descendants: own and reaped time of each. A descendant that is itself one of
 * the `separate` roots (the benchmark started PostgreSQL, Azurite and the worker) is left to its
 * own line, so no CPU second counts twice.
 */
function treeTicks(root: number, tree: Map<number, number>, separate: Set<number>): number {
  let sum = ticks(root, true);
  for (const [pid, ppid] of tree) if (ppid === root && !separate.has(pid)) sum += treeTicks(pid, tree, separate);
  return sum;
}

export type CpuReading = Record<string, number>;

/**
 * Reads the CPU seconds of named process trees; `since` gives the difference between two readings.
 * Each tree stops where another named root begins (the benchmark process is the parent of all the
 * others: its own line is its own time and the tools it waited for, not theirs again).
 */
export class CpuMeter {
  constructor(private readonly roots: Record<string, () => number | undefined>) {}

  read(): CpuReading {
    const tree = parents();
    const pids = Object.fromEntries(Object.entries(this.roots).map(([name, pidOf]) => [name, pidOf()]));
    const separate = new Set(Object.values(pids).filter((pid): pid is number => pid !== undefined));
    const reading: CpuReading = {};
    for (const [name, pid] of Object.entries(pids)) reading[name] = pid ? treeTicks(pid, tree, separate) / HZ : 0;
    return reading;
  }

  static since(before: CpuReading, after: CpuReading): CpuReading {
    return Object.fromEntries(Object.entries(after).map(([name, value]) => [name, value - (before[name] ?? 0)]));
  }

  static format(reading: CpuReading): string {
    const total = Object.values(reading).reduce((a, b) => a + b, 0);
    return `CPU ${total.toFixed(1)} s (${Object.entries(reading)
      .filter(([, value]) => value >= 0.05)
      .map(([name, value]) => `${name} ${value.toFixed(1)}`)
      .join(", ")})`;
  }
}

/** The postmaster of the PostgreSQL server whose data directory is under `dataDir`. */
export function postmasterOf(dataDir: string): number | undefined {
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    if (read(`/proc/${entry}/comm`).trim() === "postgres" && read(`/proc/${entry}/cmdline`).includes(dataDir) && !read(`/proc/${entry}/cmdline`).includes("postgres:")) {
      const ppid = Number(/PPid:\s+(\d+)/.exec(read(`/proc/${entry}/status`))?.[1]);
      if (read(`/proc/${ppid}/comm`).trim() !== "postgres") return Number(entry);
    }
  }
  return undefined;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
