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
