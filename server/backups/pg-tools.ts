import "server-only";
import { spawn, type ChildProcessByStdio } from "node:child_process";
import path from "node:path";
import type { Readable, Writable } from "node:stream";
import { env } from "../env";
import type { PgEndpoint } from "../environments/data-plane";

/** Debian's pg_dump / pg_restore 15 (archive version 1.14) in /usr/bin; PG_BIN_DIR points elsewhere. */
function bin(name: "pg_dump" | "pg_restore"): string {
  return path.join(env().PG_BIN_DIR, name);
}

function pgEnv(endpoint: PgEndpoint): NodeJS.ProcessEnv {
  return {
    ...minimalEnv(),
    PGHOST: endpoint.host,
    PGPORT: String(endpoint.port),
    PGUSER: endpoint.user,
    PGPASSWORD: endpoint.password,
    PGDATABASE: endpoint.database,
    PGSSLMODE: endpoint.host === "127.0.0.1" || endpoint.host === "localhost" ? "disable" : "require",
    PGCONNECT_TIMEOUT: "15",
  };
}

/** The child gets its PG* settings only: no secrets of the worker leak into it. */
function minimalEnv(): NodeJS.ProcessEnv {
  return { PATH: "/usr/bin:/bin" } as unknown as NodeJS.ProcessEnv;
}

export interface PgProcess<I extends Writable | null, O extends Readable> {
  child: ChildProcessByStdio<I, O, Readable>;
  /** Resolves when the process exited with 0; rejects with its last error lines otherwise. */
  done: Promise<void>;
}

function track<I extends Writable | null, O extends Readable>(child: ChildProcessByStdio<I, O, Readable>, label: string): PgProcess<I, O> {
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-4000);
  });
  const done = new Promise<void>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (${signal ?? `exit ${code}`}): ${stderr.trim().split("\n").slice(-3).join(" ") || "no output"}`));
    });
  });
  done.catch(() => undefined);
  return { child, done };
}

/** `pg_dump -O -x -Fc` of the endpoint's database to stdout; `snapshot` pins it to an exported snapshot. */
export function pgDump(endpoint: PgEndpoint, options: { snapshot?: string } = {}): PgProcess<null, Readable> {
  const args = ["-O", "-x", "-Fc", "--no-password"];
  if (options.snapshot) args.push(`--snapshot=${options.snapshot}`);
  return track(spawn(bin("pg_dump"), args, { env: pgEnv(endpoint), stdio: ["ignore", "pipe", "pipe"] }), "pg_dump");
}

/** `pg_restore` from stdin into the endpoint's database, objects owned by `role`, in one transaction. */
export function pgRestore(endpoint: PgEndpoint, role: string | null): PgProcess<Writable, Readable> {
  const args = ["-O", "-x", "--no-password", "--exit-on-error", "--single-transaction", "-d", endpoint.database];
  if (role) args.push(`--role=${role}`);
  return track(spawn(bin("pg_restore"), args, { env: pgEnv(endpoint), stdio: ["pipe", "pipe", "pipe"] }), "pg_restore");
}

/** `pg_restore -l` from stdin: the archive's table of contents; fails when pg_restore cannot read it. */
export function pgRestoreList(): PgProcess<Writable, Readable> {
  return track(spawn(bin("pg_restore"), ["-l"], { env: minimalEnv(), stdio: ["pipe", "pipe", "pipe"] }), "pg_restore -l");
}
