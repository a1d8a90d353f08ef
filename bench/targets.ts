// The bench's targets, relative to the floor (bench/floor.ts) measured in the same run, plus the
// absolute ones (errors, first-load JS). See docs/decisions/0005-benchmark.md.
import type { LoadResult } from "./load";

export const TARGETS = {
  /** Pages: at least this share of the floor's requests per second at the bench's connections. */
  pageRps: 0.33,
  /** JSON API: at least this share of the floor's requests per second. */
  apiRps: 0.6,
  /** p95 at most this multiple of the floor's p95. */
  p95Multiple: 4,
  /** Pages at one connection: median at most this multiple of the floor's. */
  serialMultiple: 2.5,
  errors: 0,
  firstLoadJsKb: 150,
} as const;

export interface FloorNumbers {
  requestsPerSecond: number;
  p95: number;
  serialP50: number;
}

export interface Relative {
  rps: number;
  p95: number;
  serial: number;
}

/** The mean of floor measurements (one per route, taken right before it). */
export function floorOf(runs: LoadResult[]): FloorNumbers {
  const mean = (pick: (run: LoadResult) => number) => runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
  return { requestsPerSecond: mean((run) => run.requestsPerSecond), p95: mean((run) => run.p95), serialP50: mean((run) => run.serialP50) };
}

export function relativeTo(floor: FloorNumbers, load: LoadResult): Relative {
  return { rps: load.requestsPerSecond / floor.requestsPerSecond, p95: load.p95 / floor.p95, serial: load.serialP50 / floor.serialP50 };
}

/** What a route missed against the relative targets (empty when it met them). */
export function relativeMisses(kind: "page" | "api", relative: Relative): string[] {
  const misses: string[] = [];
  const minRps = kind === "page" ? TARGETS.pageRps : TARGETS.apiRps;
  if (relative.rps < minRps) misses.push(`req/s ${relative.rps.toFixed(2)}× floor < ${minRps}×`);
  if (relative.p95 > TARGETS.p95Multiple) misses.push(`p95 ${relative.p95.toFixed(1)}× floor > ${TARGETS.p95Multiple}×`);
  if (kind === "page" && relative.serial > TARGETS.serialMultiple) misses.push(`1-conn median ${relative.serial.toFixed(1)}× floor > ${TARGETS.serialMultiple}×`);
  return misses;
}
