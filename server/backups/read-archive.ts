import "server-only";
import { PassThrough, Readable, Transform } from "node:stream";
import zlib from "node:zlib";
import { extract as tarExtract, type Header } from "tar-stream";
import { formatBytes } from "@/lib/format";
import { MAX_METADATA_BYTES, checkDumpHeader, classifyEntry, parseMetadata, type SnapshotMetadata } from "./archive-format";

/** An archive refused for a reason a person understands. */
export class ArchiveRejected extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "ArchiveRejected";
  }
}

export interface ArchiveLimits {
  /** Most bytes the archive may unpack to. */
  maxUnpackedBytes: number;
  /** Largest unpacked / packed ratio, checked once more than `ratioFloorBytes` were unpacked. */
  maxRatio: number;
  ratioFloorBytes?: number;
}

export interface ArchiveHandlers {
  /** Receives db/db.backup (its header already checked); must consume the stream. */
  dump(stream: Readable): Promise<void>;
  /** Receives one file; must consume the stream. */
  file(fileId: string, size: number, stream: Readable): Promise<void>;
}

export interface ReadArchive {
  metadata: SnapshotMetadata;
  dumpSize: number;
  dumpVersion: string;
  fileCount: number;
  filesSize: number;
  packedBytes: number;
  unpackedBytes: number;
}

/** Counts bytes and stops the stream when a limit is passed. */
class Meter extends Transform {
  bytes = 0;
  constructor(private readonly check: (bytes: number) => string | null) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void) {
    this.bytes += chunk.length;
    const problem = this.check(this.bytes);
    callback(problem ? new ArchiveRejected(problem) : null, chunk);
  }
}

/** Passes the dump through once its first bytes proved it a custom-format archive of an allowed version. */
class DumpGuard extends Transform {
  private head: Buffer | null = Buffer.alloc(0);
  version = "";
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void) {
    if (!this.head) return callback(null, chunk);
    this.head = Buffer.concat([this.head, chunk]);
    if (this.head.length < 8) return callback();
    const check = checkDumpHeader(this.head);
    if (!check.ok) return callback(new ArchiveRejected(check.reason));
    this.version = check.version;
    const out = this.head;
    this.head = null;
    callback(null, out);
  }
  override _flush(callback: (error?: Error | null) => void) {
    if (this.head) return callback(new ArchiveRejected(checkDumpHeader(this.head).ok ? "db/db.backup is empty." : "db/db.backup is not a PostgreSQL custom-format dump (made with pg_dump -Fc)."));
    callback();
  }
}

async function readSmall(stream: Readable, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new ArchiveRejected(`The .metadata file is larger than ${max / 1024} KiB.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function clearMessage(error: unknown): Error {
  if (error instanceof ArchiveRejected) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR" || /incorrect header check|unexpected end of file/i.test(message))
    return new ArchiveRejected("The file is not a complete gzip file (.tar.gz).");
  if (/tar header|Unexpected end of data|invalid tar/i.test(message)) return new ArchiveRejected("The file is not a tar archive inside gzip (.tar.gz).");
  return error instanceof Error ? error : new Error(message);
}

/**
 * Reads a snapshot archive as a stream: gunzip (bounded in size and ratio), tar (optionally one
 * wrapped .tar), every entry checked by `classifyEntry` before its bytes are handed on. Throws
 * ArchiveRejected with the reason when anything is wrong; handlers decide what the entries become.
 */
export async function readSnapshotArchive(source: Readable, handlers: ArchiveHandlers, limits: ArchiveLimits): Promise<ReadArchive> {
  const packed = new Meter(() => null);
  const floor = limits.ratioFloorBytes ?? 16 * 1024 * 1024;
  const unpacked = new Meter((bytes) => {
    if (bytes > limits.maxUnpackedBytes) return `The archive unpacks to more than ${formatBytes(limits.maxUnpackedBytes)}, the most a snapshot may hold.`;
    if (bytes > floor && bytes > packed.bytes * limits.maxRatio) return `The archive's compression ratio is above ${limits.maxRatio}:1; it looks like a zip bomb and was not unpacked.`;
    return null;
  });
  const gunzip = zlib.createGunzip();
  const stages: (Readable | Transform)[] = [source, packed, gunzip, unpacked];
  const fail = (error: unknown) => {
    for (const stage of stages) stage.destroy(error instanceof Error ? error : new Error(String(error)));
  };
  source.on("error", fail);
  packed.on("error", fail);
  gunzip.on("error", fail);
  source.pipe(packed).pipe(gunzip).pipe(unpacked);

  const result: Omit<ReadArchive, "packedBytes" | "unpackedBytes" | "metadata"> & { metadata: SnapshotMetadata | null } = {
    metadata: null,
    dumpSize: 0,
    dumpVersion: "",
    fileCount: 0,
    filesSize: 0,
  };
  let sawDump = false;

  async function entries(stream: Readable, allowWrapped: boolean): Promise<void> {
    const extract = tarExtract();
    stream.on("error", (error) => extract.destroy(error));
    stream.pipe(extract);
    let first = true;
    for await (const entry of extract) {
      const header: Header = entry.header;
      const body = Readable.from(entry as AsyncIterable<Buffer>);
      if (allowWrapped && first && header.type === "file" && /^(\.\/)?[^/]+\.tar$/.test(header.name)) {
        await entries(body, false);
        first = false;
        continue;
      }
      first = false;
      const check = classifyEntry(header.name, header.type ?? "file");
      if (!check.ok) throw new ArchiveRejected(check.reason);
      const size = header.size ?? 0;
      switch (check.entry.kind) {
        case "directory":
          body.resume();
          break;
        case "metadata": {
          if (result.metadata) throw new ArchiveRejected("The archive contains .metadata twice.");
          const parsed = parseMetadata(await readSmall(body, MAX_METADATA_BYTES));
          if (!parsed.ok) throw new ArchiveRejected(parsed.reason);
          result.metadata = parsed.metadata;
          break;
        }
        case "dump": {
          if (sawDump) throw new ArchiveRejected("The archive contains db/db.backup twice.");
          sawDump = true;
          const guard = new DumpGuard();
          const out = new PassThrough({ highWaterMark: 1024 * 1024 });
          body.on("error", (error) => guard.destroy(error));
          guard.on("error", (error) => out.destroy(error));
          body.pipe(guard).pipe(out);
          // The handler feeds a process; a refused header or a broken archive ends it through `out`.
          const handled = handlers.dump(out);
          handled.catch(() => undefined);
          await Promise.race([handled, new Promise((_resolve, reject) => out.once("error", reject))]);
          if (!out.readableEnded) throw new ArchiveRejected("db/db.backup could not be read to its end.");
          result.dumpSize = size;
          result.dumpVersion = guard.version;
          break;
        }
        case "file":
          await handlers.file(check.entry.fileId, size, body);
          result.fileCount += 1;
          result.filesSize += size;
          break;
      }
    }
  }

  try {
    await entries(unpacked, true);
  } catch (error) {
    fail(error);
    throw clearMessage(error);
  }
  if (!result.metadata) throw new ArchiveRejected("The archive has no .metadata file.");
  if (!sawDump) throw new ArchiveRejected("The archive has no database dump (db/db.backup).");
  return { ...result, metadata: result.metadata, packedBytes: packed.bytes, unpackedBytes: unpacked.bytes };
}
