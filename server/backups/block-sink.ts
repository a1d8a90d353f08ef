import "server-only";
import { Writable } from "node:stream";
import type { BlockBlobClient } from "@azure/storage-blob";

/** Block size and parallel uploads: a sink holds (IN_FLIGHT + 1) × BLOCK_SIZE bytes, allocated once. */
export const BLOCK_SIZE = 4 * 1024 * 1024;
const IN_FLIGHT = 3;

/**
 * A writable stream that stages what it receives as blocks of a block blob, a few in parallel,
 * without committing them. `ids` lists the staged block ids in order once the stream finished;
 * parts written by several sinks (prefix "a", "b", …) are committed together in one block list.
 * Incoming chunks are copied into a few reused block buffers, so a long upload makes no garbage
 * and the process's memory stays flat (decision 0015).
 */
export class BlockSink extends Writable {
  readonly ids: string[] = [];
  bytes = 0;
  /** Buffers not being uploaded; `current` is filled from `free`. */
  private readonly free: Buffer[] = [];
  private current: Buffer | null = null;
  private filled = 0;
  private allocated = 0;
  private readonly pending = new Set<Promise<void>>();
  private failure: Error | null = null;

  constructor(
    private readonly blob: BlockBlobClient,
    private readonly prefix: string,
  ) {
    super({ highWaterMark: 256 * 1024 });
    if (!/^[a-z]$/.test(prefix)) throw new Error("block prefix must be one letter");
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.bytes += chunk.length;
    this.fill(chunk, 0).then(() => callback(), callback);
  }

  override _writev(chunks: { chunk: Buffer }[], callback: (error?: Error | null) => void): void {
    (async () => {
      for (const { chunk } of chunks) {
        this.bytes += chunk.length;
        await this.fill(chunk, 0);
      }
    })().then(() => callback(), callback);
  }

  private async fill(chunk: Buffer, from: number): Promise<void> {
    let offset = from;
    while (offset < chunk.length) {
      const block = await this.block();
      const copied = chunk.copy(block, this.filled, offset);
      this.filled += copied;
      offset += copied;
      if (this.filled === BLOCK_SIZE) await this.flushBlock();
    }
  }

  /** The buffer being filled: a free one, a new one while fewer than IN_FLIGHT + 1 exist, or the next one an upload gives back. */
  private async block(): Promise<Buffer> {
    if (this.current) return this.current;
    while (!this.free.length && this.allocated > IN_FLIGHT) {
      await Promise.race(this.pending);
      if (this.failure) throw this.failure;
    }
    if (!this.free.length) {
      this.free.push(Buffer.allocUnsafeSlow(BLOCK_SIZE));
      this.allocated += 1;
    }
    this.current = this.free.pop()!;
    this.filled = 0;
    return this.current;
  }

  override _final(callback: (error?: Error | null) => void): void {
    (async () => {
      if (this.current && this.filled > 0) await this.flushBlock();
      await Promise.all(this.pending);
      if (this.failure) throw this.failure;
    })().then(() => callback(), callback);
  }

  private async flushBlock(): Promise<void> {
    if (this.failure) throw this.failure;
    const buffer = this.current!;
    const length = this.filled;
    this.current = null;
    this.filled = 0;
    const id = Buffer.from(`${this.prefix}${String(this.ids.length).padStart(9, "0")}`).toString("base64");
    this.ids.push(id);
    const staged = this.blob.stageBlock(id, buffer.subarray(0, length), length).then(
      () => undefined,
      (error: Error) => {
        this.failure ??= error;
      },
    );
    const tracked = staged.finally(() => {
      this.pending.delete(tracked);
      this.free.push(buffer);
    });
    this.pending.add(tracked);
    if (this.failure) throw this.failure;
  }
}
