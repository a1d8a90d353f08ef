// Real worker processes (worker/index.ts) for tests that kill one without warning (SIGKILL) and
// check that another picks up its operation through the lease sweep.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll } from "vitest";

/** Short leases so a dead worker's operation is re-queued within seconds, not a minute. */
export const TEST_LEASE_SECONDS = 3;

const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill("SIGKILL");
});

export interface WorkerProcess {
  /** SIGKILL, and wait until the process is gone. */
  kill(): Promise<void>;
}

/** Starts `npm run worker` as a child process against the test database with `env` added. */
export function spawnWorker(env: Record<string, string>): WorkerProcess {
  const root = path.resolve(import.meta.dirname, "../..");
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "worker/index.ts")], {
    cwd: root,
    env: { ...process.env, PORTAL_MODE: "local", NODE_ENV: "test", LOG_LEVEL: "warn", OPERATION_LEASE_SECONDS: String(TEST_LEASE_SECONDS), ...env },
    stdio: "ignore",
  });
  running.add(child);
  return {
    async kill() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGKILL");
        await exited;
      }
      running.delete(child);
    },
  };
}

/** Polls `probe` until it returns a value (not null/false), at most `attempts` times `intervalMs` apart. */
export async function pollUntil<T>(probe: () => Promise<T | null | false>, what: string, options: { attempts?: number; intervalMs?: number } = {}): Promise<T> {
  const attempts = options.attempts ?? 1200;
  let last: unknown = null;
  for (let i = 0; i < attempts; i++) {
    const value = await probe();
    if (value !== null && value !== false) return value;
    last = value;
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 50));
  }
  throw new Error(`${what}: not reached after ${attempts} checks (last: ${JSON.stringify(last)})`);
}
