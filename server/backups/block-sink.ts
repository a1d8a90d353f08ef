import "server-only";
import { Writable } from "node:stream";
import type { BlockBlobClient } from "@azure/storage-blob";

/** Block size and parallel uploads: memory per upload stays ≤ size × (inFlight + 1). */
export const BLOCK_SIZE = 8 * 1024 * 1024;
const IN_FLIGHT = 3;

/**
 * A writable stream that stages what it receives as blocks of a block blob, a few in parallel,
 * without committing them. `ids` lists the staged block ids in order once the stream finished;
 * parts written by several sinks (prefix "a", "b", …) are committed together in one block list.
 */
export class BlockSink extends Writable {
  readonly ids: string[] = [];
  bytes = 0;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private readonly pending = new Set<Promise<void>>();
  private failure: Error | null = null;

  constructor(
    private readonly blob: BlockBlobClient,
    private readonly prefix: string,
  ) {
    super({ highWaterMark: 1024 * 1024 });
    if (!/^[a-z]$/.test(prefix)) throw new Error("block prefix must be one letter");
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    this.bytes += chunk.length;
    if (this.buffered < BLOCK_SIZE) return callback();
    this.flushBlock().then(() => callback(), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    (async () => {
      if (this.buffered > 0) await this.flushBlock();
      await Promise.all(this.pending);
      if (this.failure) throw this.failure;
    })().then(() => callback(), callback);
  }

  private async flushBlock(): Promise<void> {
    if (this.failure) throw this.failure;
    const body = Buffer.concat(this.chunks, this.buffered);
    this.chunks = [];
    this.buffered = 0;
    const id = Buffer.from(`${this.prefix}${String(this.ids.length).padStart(9, "0")}`).toString("base64");
    this.ids.push(id);
    const staged = this.blob.stageBlock(id, body, body.length).then(
      () => undefined,
      (error: Error) => {
        this.failure ??= error;
      },
    );
    const tracked = staged.finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
    while (this.pending.size >= IN_FLIGHT) await Promise.race(this.pending);
    if (this.failure) throw this.failure;
  }
}
