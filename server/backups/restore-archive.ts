import "server-only";
import type { Readable, Writable } from "node:stream";
import type { ContainerClient } from "@azure/storage-blob";
import type { Client } from "pg";
import type { PgEndpoint } from "../environments/data-plane";
import { startFeeding } from "./feed-process";
import { pgRestore, type PgProcess } from "./pg-tools";
import { readSnapshotArchive, type ArchiveLimits, type ReadArchive } from "./read-archive";
import { countTables, type TableManifest } from "./write-archive";

/**
 * Restores an archive into an empty database and an empty files container (neither is the
 * environment's live data): the dump through pg_restore in one transaction, each file as a blob
 * named by its uuid. The files that follow the dump in the archive are read and stored while
 * pg_restore still builds indexes. Throws on any problem; the caller drops the half-made copy.
 * Stages (ms): `fed` until the dump was handed to pg_restore, `dump` until pg_restore finished,
 * both from the dump's start; `files` the time spent storing files.
 */
export async function restoreSnapshotArchive(input: {
  source: Readable;
  endpoint: PgEndpoint;
  role: string | null;
  files: ContainerClient;
  limits: ArchiveLimits;
}): Promise<ReadArchive & { stages: { fed: number; dump: number; files: number } }> {
  await input.files.createIfNotExists();
  const stages = { fed: 0, dump: 0, files: 0 };
  const timed = async (work: Promise<void>) => {
    const started = Date.now();
    await work;
    stages.files += Date.now() - started;
  };
  const uploads = new SmallFileUploads(input.files);
  // Set by the dump handler; a callback's assignment would not narrow a `let`.
  const restoring: { proc?: PgProcess<Writable, Readable>; exited?: Promise<void> } = {};
  let read: ReadArchive;
  try {
    read = await readSnapshotArchive(
      input.source,
      {
        dump: async (stream) => {
          const started = Date.now();
          const proc = pgRestore(input.endpoint, input.role);
          const exited = proc.done.then(() => void (stages.dump = Date.now() - started));
          exited.catch(() => undefined);
          Object.assign(restoring, { proc, exited });
          await startFeeding(stream, proc);
          stages.fed = Date.now() - started;
        },
        file: (fileId, size, stream) => timed(size <= SMALL_FILE_BYTES ? uploads.add(fileId, size, stream) : uploadLarge(input.files, fileId, size, stream)),
      },
      input.limits,
    );
    await timed(uploads.done());
    await restoring.exited;
  } catch (error) {
    // pg_restore may still run (the archive broke after the dump): stop it, its transaction is lost.
    const child = restoring.proc?.child;
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await Promise.allSettled([restoring.exited, uploads.settle()]);
    throw error;
  }
  return { ...read, stages };
}

/** Files up to this size are read into memory and stored with one request, a few at a time. */
const SMALL_FILE_BYTES = 2 * 1024 * 1024;
const SMALL_FILES_IN_FLIGHT = 4;

/**
 * Stores small files (most of an app's files) with one Put Blob each while the archive reader
 * goes on to the next entry: at most SMALL_FILES_IN_FLIGHT uploads (≤ 8 MiB) are pending, and
 * `done` reports the first failure.
 */
class SmallFileUploads {
  private readonly pending = new Set<Promise<void>>();
  private failure: Error | null = null;
  constructor(private readonly files: ContainerClient) {}

  async add(fileId: string, size: number, stream: Readable): Promise<void> {
    const chunks: Buffer[] = [];
    let seen = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      seen += chunk.length;
    }
    if (seen !== size) throw new Error(`The file ${fileId} was not copied completely.`);
    while (this.pending.size >= SMALL_FILES_IN_FLIGHT) await Promise.race(this.pending);
    if (this.failure) throw this.failure;
    const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
    const upload: Promise<void> = this.files
      .getBlockBlobClient(fileId)
      .upload(body, size)
      .then(
        () => undefined,
        (error: Error) => {
          this.failure ??= error;
        },
      )
      .finally(() => this.pending.delete(upload));
    this.pending.add(upload);
  }

  /** Waits for every pending upload, without throwing (cleanup after a failed read). */
  async settle(): Promise<void> {
    await Promise.all(this.pending);
  }

  async done(): Promise<void> {
    await this.settle();
    if (this.failure) throw this.failure;
  }
}

async function uploadLarge(files: ContainerClient, fileId: string, size: number, stream: Readable): Promise<void> {
  await files.getBlockBlobClient(fileId).uploadStream(stream, 4 * 1024 * 1024, 2);
  const props = await files.getBlockBlobClient(fileId).getProperties();
  if (props.contentLength !== size) throw new Error(`The file ${fileId} was not copied completely.`);
}

/** Differences between what was dumped and what a database now holds; empty when they match. */
export function compareManifests(expected: TableManifest, actual: TableManifest): string[] {
  const problems: string[] = [];
  for (const [table, rows] of Object.entries(expected)) {
    if (!(table in actual)) problems.push(`table ${table} is missing`);
    else if (rows >= 0 && actual[table] !== rows) problems.push(`table ${table} has ${actual[table]} rows, the snapshot had ${rows}`);
  }
  for (const table of Object.keys(actual)) if (!(table in expected)) problems.push(`table ${table} was not in the snapshot`);
  return problems;
}

/** Row counts of the restored database, compared with the manifest. */
export async function checkRestored(client: Client, expected: TableManifest | null): Promise<{ actual: TableManifest; problems: string[] }> {
  const actual = await countTables(client);
  return { actual, problems: expected ? compareManifests(expected, actual) : [] };
}
