// One load test of one route with autocannon: a warm-up run, then the measured run. Latencies are
// taken from every response (autocannon's own histogram has no p95), errors are non-2xx answers
// plus socket errors and timeouts. Then a few requests one at a time give the service time.
import autocannon from "autocannon";

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  headers: Record<string, string>;
  /** Sequential requests after the load, for the service time without queueing. */
  serialRequests: number;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  statusCodes: Record<string, number>;
  socketErrors: number;
  timeouts: number;
  /** Median latency of requests sent one after another (no queueing): the service time. */
  serialP50: number;
}

function run(url: string, options: LoadOptions, seconds: number, latencies: number[] | null) {
  return new Promise<{ result: autocannon.Result; socketErrors: number }>((resolve, reject) => {
    let socketErrors = 0;
    const instance = autocannon(
      { url, connections: options.connections, duration: seconds, timeout: 30, headers: options.headers },
      (error, result) => (error ? reject(error) : resolve({ result, socketErrors })),
    );
    if (latencies) instance.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) => latencies.push(ms));
    instance.on("reqError", () => (socketErrors += 1));
  });
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export async function loadTest(url: string, options: LoadOptions): Promise<LoadResult> {
  if (options.warmupSeconds > 0) await run(url, options, options.warmupSeconds, null);
  const latencies: number[] = [];
  const { result, socketErrors } = await run(url, options, options.durationSeconds, latencies);
  latencies.sort((a, b) => a - b);
  const serial: number[] = [];
  for (let i = 0; i < options.serialRequests; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: options.headers, redirect: "manual" });
    await response.arrayBuffer();
    serial.push(performance.now() - started);
  }
  serial.sort((a, b) => a - b);
  const ms = (value: number) => Math.round(value * 10) / 10;
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count]));
  const requests = latencies.length;
  return {
    requests,
    requestsPerSecond: requests / (result.duration || options.durationSeconds),
    p50: ms(percentile(latencies, 50)),
    p95: ms(percentile(latencies, 95)),
    p99: ms(percentile(latencies, 99)),
    max: ms(latencies.at(-1) ?? NaN),
    errors: result.non2xx + result.errors,
    statusCodes,
    socketErrors,
    timeouts: result.timeouts,
    serialP50: ms(percentile(serial, 50)),
  };
}
