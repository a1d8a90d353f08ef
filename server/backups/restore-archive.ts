import "server-only";
import type { Readable } from "node:stream";
import type { ContainerClient } from "@azure/storage-blob";
import type { Client } from "pg";
import type { PgEndpoint } from "../environments/data-plane";
import { feedProcess } from "./feed-process";
import { pgRestore } from "./pg-tools";
import { readSnapshotArchive, type ArchiveLimits, type ReadArchive } from "./read-archive";
import { countTables, type TableManifest } from "./write-archive";

/**
 * Restores an archive into an empty database and an empty files container (neither is the
 * environment's live data): the dump through pg_restore in one transaction, each file as a blob
 * named by its uuid. Throws on any problem; the caller drops the half-made copy.
 */
export async function restoreSnapshotArchive(input: {
  source: Readable;
  endpoint: PgEndpoint;
  role: string | null;
  files: ContainerClient;
  limits: ArchiveLimits;
}): Promise<ReadArchive & { stages: { dump: number; files: number } }> {
  await input.files.createIfNotExists();
  const stages = { dump: 0, files: 0 };
  const timed = async (stage: keyof typeof stages, work: Promise<void>) => {
    const started = Date.now();
    await work;
    stages[stage] += Date.now() - started;
  };
  const read = await readSnapshotArchive(
    input.source,
    {
      dump: (stream) => timed("dump", feedProcess(stream, pgRestore(input.endpoint, input.role))),
      file: (fileId, size, stream) =>
        timed(
          "files",
          (async () => {
            await input.files.getBlockBlobClient(fileId).uploadStream(stream, 4 * 1024 * 1024, 2);
            const props = await input.files.getBlockBlobClient(fileId).getProperties();
            if (props.contentLength !== size) throw new Error(`The file ${fileId} was not copied completely.`);
          })(),
        ),
    },
    input.limits,
  );
  return { ...read, stages };
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
