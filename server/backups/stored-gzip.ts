import "server-only";
import { Transform, type TransformCallback } from "node:stream";
import zlib from "node:zlib";

/** A stored deflate block holds at most 65,535 bytes. */
const STORED_MAX = 0xffff;
/** gzip header: magic, deflate, no flags, no mtime, no extra flags, unknown OS. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);

/**
 * Wraps what passes through in one gzip member of stored (uncompressed) deflate blocks, for data
 * that is compressed already (pg_dump -Fc). The same bytes zlib writes at level 0, framed here
 * directly: the data is passed on as it came (no copy through zlib's buffers, no trip to its
 * thread pool per chunk), with a 5-byte block header per 64 KiB and the CRC-32 and length at
 * the end. `bytes` counts the data. With `padTo`, zero bytes after the data complete it to a
 * multiple of that many bytes (a tar entry's padding, known only at the end), inside the member
 * but not counted in `bytes`.
 */
export class StoredGzip extends Transform {
  bytes = 0;
  private crc = 0;
  private started = false;

  constructor(private readonly options: { padTo?: number } = {}) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (!this.started) {
      this.started = true;
      this.push(GZIP_HEADER);
    }
    this.crc = zlib.crc32(chunk, this.crc);
    this.bytes += chunk.length;
    for (let offset = 0; offset < chunk.length; offset += STORED_MAX) {
      const piece = chunk.subarray(offset, offset + STORED_MAX);
      this.push(storedBlockHeader(piece.length, false));
      this.push(piece);
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    const unit = this.options.padTo ?? 1;
    const padding = Buffer.alloc((unit - (this.bytes % unit)) % unit);
    const crc = zlib.crc32(padding, this.crc);
    const length = this.bytes + padding.length;
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(length % 2 ** 32, 4);
    // The padding (< padTo ≤ 64 KiB) goes into the final stored block.
    callback(null, Buffer.concat([this.started ? Buffer.alloc(0) : GZIP_HEADER, storedBlockHeader(padding.length, true), padding, trailer]));
  }
}

/** BFINAL and BTYPE 00 (stored) in one byte, then LEN and its complement, little-endian. */
function storedBlockHeader(length: number, final: boolean): Buffer {
  const header = Buffer.alloc(5);
  header[0] = final ? 1 : 0;
  header.writeUInt16LE(length, 1);
  header.writeUInt16LE(~length & 0xffff, 3);
  return header;
}
