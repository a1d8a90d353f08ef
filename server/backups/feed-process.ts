import "server-only";
import type { Readable } from "node:stream";
import type { PgProcess } from "./pg-tools";
import type { Writable } from "node:stream";

/**
 * Pipes `stream` into the process's stdin and waits for the process. A process that stops
 * reading early (pg_restore -l reads only the table of contents) is fine: the rest of the
 * stream is drained so the archive reader can go on.
 */
export async function feedProcess(stream: Readable, proc: PgProcess<Writable, Readable>): Promise<void> {
  proc.child.stdin.on("error", () => undefined); // EPIPE when the process stops reading early
  // A source that fails (a refused archive) stops the process; it must not wait for more input.
  stream.once("error", () => proc.child.kill("SIGKILL"));
  stream.pipe(proc.child.stdin);
  try {
    await proc.done;
  } finally {
    stream.unpipe(proc.child.stdin);
  }
  if (!stream.readableEnded) {
    stream.resume();
    await new Promise<void>((resolve, reject) => {
      stream.once("end", resolve);
      stream.once("error", reject);
    });
  }
}

/**
 * Pipes `stream` into the process's stdin and returns as soon as the whole stream was handed to
 * the process, not when the process exits: the caller reads on while the process finishes
 * (pg_restore builds the indexes and constraints after the last data). `exited` settles with the
 * process. A process that ends before the stream did is treated as in feedProcess; one that
 * fails first makes this throw.
 */
export async function startFeeding(stream: Readable, proc: PgProcess<Writable, Readable>): Promise<{ exited: Promise<void> }> {
  proc.child.stdin.on("error", () => undefined);
  stream.once("error", () => proc.child.kill("SIGKILL"));
  const ended = new Promise<"ended">((resolve, reject) => {
    stream.once("end", () => resolve("ended"));
    stream.once("error", reject);
  });
  ended.catch(() => undefined);
  stream.pipe(proc.child.stdin);
  const first = await Promise.race([ended, proc.done.then(() => "exited" as const)]);
  if (first === "exited" && !stream.readableEnded) {
    stream.unpipe(proc.child.stdin);
    stream.resume();
    await ended;
  }
  return { exited: proc.done };
}
