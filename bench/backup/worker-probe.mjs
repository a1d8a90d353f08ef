// Preloaded into the benchmark's worker (node --import): every 250 ms it appends the worker's
// memory (rss, V8 heap, external buffers) and CPU time to the file BENCH_PROBE_FILE names, so the
// benchmark can say where the worker's memory and CPU went. Not used outside the benchmark.
import fs from "node:fs";
import { isMainThread } from "node:worker_threads";

const file = process.env.BENCH_PROBE_FILE;
// Only the main thread: a module-loader thread may run preloads as well.
if (file && isMainThread) {
  setInterval(() => {
    const m = process.memoryUsage();
    const c = process.cpuUsage();
    fs.appendFileSync(file, `${JSON.stringify({ t: Date.now(), rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers, cpu: c.user + c.system })}\n`);
  }, 250).unref();
}
