import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import type { BlockBlobClient, ContainerClient } from "@azure/storage-blob";
import type { Client } from "pg";
import type { PgEndpoint } from "../environments/data-plane";
import { DUMP_ENTRY, METADATA_ENTRY, formatMetadata, isFileId, treePath } from "./archive-format";
import { BlockSink } from "./block-sink";
import { pgDump } from "./pg-tools";
import { StoredGzip } from "./stored-gzip";
import { BLOCK, tarEnd, tarHeader, tarPadding } from "./tar-header";

/** Tables and their row counts, "schema.table" → rows, as seen by the dump. */
export type TableManifest = Record<string, number>;

export interface WrittenArchive {
  durationMs: number;
  dumpSize: number;
  databaseSize: number;
  filesSize: number;
  fileCount: number;
  archiveSize: number;
  manifest: TableManifest;
  /** Milliseconds per stage, for logs and the benchmark. */
  stages: { dump: number; countWait: number; files: number; commit: number };
}

/** The environment's files as snapshot entries: blobs named by their uuid (or already tree/xx/yy/uuid). */
function fileIdOf(blobName: string): string | null {
  const name = blobName.startsWith("tree/") ? blobName.split("/").pop()! : blobName;
  return isFileId(name) && (blobName === name || blobName === treePath(name)) ? name : null;
}

/** Row counts of every user table inside the exported snapshot, plus the database size. */
export async function countTables(client: Client): Promise<TableManifest> {
  const tables = await client.query<{ name: string }>(
    `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1`,
  );
  const manifest: TableManifest = {};
  for (const { name } of tables.rows) {
    const result = await client.query<{ rows: string }>(`SELECT count(*) AS rows FROM ONLY ${name}`);
    manifest[name] = Number(result.rows[0].rows);
  }
  return manifest;
}

/**
 * Writes a snapshot of one environment as a Mendix archive into `target`, streamed end to end,
 * in three parts staged at the same time where they can be: pg_dump's stdout → stored gzip member
 * (the dump and its tar padding) → staged blocks, while the environment's files (tar entries and
 * the end-of-archive marker) go into a second member; last the head (the .metadata and the dump's
 * tar header, whose size is known only now) is staged and the block list committed as head,
 * dump, files. Gzip readers treat concatenated members as one stream. Nothing is held in memory
 * beyond a few blocks, nothing touches the local disk, and an unfinished upload leaves only
 * uncommitted blocks (Azure drops them after a week; the next attempt overwrites them).
 */
export async function writeSnapshotArchive(input: {
  target: BlockBlobClient;
  /** Administrator endpoint on the environment's database (for pg_dump). */
  endpoint: PgEndpoint;
  /** An administrator client on the same database, used to pin and count the dumped data. */
  client: Client;
  files: ContainerClient;
  modelVersion: string | null;
}): Promise<WrittenArchive> {
  const started = Date.now();
  const stages = { dump: 0, countWait: 0, files: 0, commit: 0 };
  // The files do not depend on the dump: they are copied while pg_dump runs (decision 0024).
  const tailSink = new BlockSink(input.target, "c");
  const copied = copyFiles(input.files, tailSink).then((result) => ((stages.files = Date.now() - started), result));
  copied.catch(() => undefined);
  const { client } = input;
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  let manifest: TableManifest;
  let databaseSize: number;
  const dumpGzip = new StoredGzip({ padTo: BLOCK });
  const dumpSink = new BlockSink(input.target, "b");
  try {
    const exported = await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id");
    const dump = pgDump(input.endpoint, { snapshot: exported.rows[0].id });
    // The rows are counted in the exported snapshot while pg_dump reads it on its own connection.
    const counted = (async () => {
      const tables = await countTables(client);
      const size = await client.query<{ size: string }>("SELECT pg_database_size(current_database()) AS size");
      return { tables, size: Number(size.rows[0].size) };
    })();
    counted.catch(() => undefined);
    // pg_dump -Fc compresses its data already: the dump is stored in its gzip member (no
    // deflate), which costs no CPU beyond the checksum and keeps the archive a plain .tar.gz.
    await Promise.all([pipeline(dump.child.stdout, dumpGzip, dumpSink), dump.done]);
    stages.dump = Date.now() - started;
    ({ tables: manifest, size: databaseSize } = await counted);
    stages.countWait = Date.now() - started - stages.dump;
  } finally {
    await client.query("ROLLBACK").catch(() => undefined);
  }
  const dumpSize = dumpGzip.bytes;
  const { filesSize, fileCount } = await copied;
  const commitStarted = Date.now();

  const durationMs = Date.now() - started;
  const metadata = formatMetadata({ durationMs, dumpSize, modelVersion: input.modelVersion, databaseSize, filesSize });
  const head = Buffer.concat([
    tarHeader({ name: METADATA_ENTRY, size: metadata.length }),
    metadata,
    tarPadding(metadata.length),
    tarHeader({ name: DUMP_ENTRY, size: dumpSize }),
  ]);
  const headSink = new BlockSink(input.target, "a");
  await pipeline(Readable.from([head]), zlib.createGzip(), headSink);

  await input.target.commitBlockList([...headSink.ids, ...dumpSink.ids, ...tailSink.ids], {
    blobHTTPHeaders: { blobContentType: "application/gzip" },
  });
  stages.commit = Date.now() - commitStarted;
  return { durationMs, dumpSize, databaseSize, filesSize, fileCount, archiveSize: headSink.bytes + dumpSink.bytes + tailSink.bytes, manifest, stages };
}

/** The environment's files as tar entries plus the end-of-archive marker, in one gzip member staged by `sink`. */
async function copyFiles(files: ContainerClient, sink: BlockSink): Promise<{ filesSize: number; fileCount: number }> {
  let filesSize = 0;
  let fileCount = 0;
  async function* entries(): AsyncGenerator<Buffer> {
    if (await files.exists()) {
      for await (const blob of files.listBlobsFlat()) {
        const fileId = fileIdOf(blob.name);
        if (!fileId) throw new Error(`The file '${blob.name}' in the environment's storage is not named by a file id (uuid); it cannot be part of a snapshot.`);
        const size = blob.properties.contentLength ?? 0;
        yield tarHeader({ name: treePath(fileId), size, mtime: blob.properties.lastModified });
        const download = await files.getBlobClient(blob.name).download(0, size || undefined);
        let seen = 0;
        if (size > 0) {
          for await (const chunk of download.readableStreamBody as AsyncIterable<Buffer>) {
            seen += chunk.length;
            yield chunk;
          }
        }
        if (seen !== size) throw new Error(`The file '${blob.name}' changed while it was being copied; take the snapshot again.`);
        yield tarPadding(size);
        filesSize += size;
        fileCount += 1;
      }
    }
    yield tarEnd();
  }
  await pipeline(Readable.from(entries()), zlib.createGzip(), sink);
  return { filesSize, fileCount };
}
