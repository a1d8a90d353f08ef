import "server-only";
import type { Readable } from "node:stream";
import { feedProcess } from "./feed-process";
import { pgRestoreList } from "./pg-tools";
import { ArchiveRejected, readSnapshotArchive, type ArchiveLimits, type ReadArchive } from "./read-archive";

export interface ValidatedArchive extends ReadArchive {
  /** "schema.table" of every table whose data the dump holds. */
  tables: string[];
}

const MAX_TABLES = 100_000;

/** The tables with data in a `pg_restore -l` listing ("123; 0 16390 TABLE DATA public orders owner"). */
export function tablesInListing(listing: string): string[] {
  const tables: string[] = [];
  for (const line of listing.split("\n")) {
    const match = /^\d+; \d+ \d+ TABLE DATA (\S+) (\S+) /.exec(line);
    if (match && tables.length < MAX_TABLES) tables.push(`${match[1]}.${match[2]}`);
  }
  return tables.sort();
}

/**
 * Checks an archive without restoring anything: its structure and limits (readSnapshotArchive),
 * and that pg_restore can read the dump's table of contents. Throws ArchiveRejected with the reason.
 */
export async function validateSnapshotArchive(source: Readable, limits: ArchiveLimits): Promise<ValidatedArchive> {
  let listing = "";
  const read = await readSnapshotArchive(
    source,
    {
      async dump(stream) {
        const list = pgRestoreList();
        list.child.stdout.on("data", (chunk: Buffer) => {
          if (listing.length < 16 * 1024 * 1024) listing += chunk.toString("utf8");
        });
        try {
          await feedProcess(stream, list);
        } catch (error) {
          if (error instanceof ArchiveRejected) throw error;
          throw new ArchiveRejected(`pg_restore cannot read db/db.backup: ${(error as Error).message.replace(/^pg_restore -l failed \([^)]*\): /, "")}`);
        }
      },
      async file(_fileId, _size, stream) {
        stream.resume();
        await new Promise<void>((resolve, reject) => {
          stream.once("end", resolve);
          stream.once("error", reject);
        });
      },
    },
    limits,
  );
  return { ...read, tables: tablesInListing(listing) };
}
