import "server-only";
import { z } from "zod";

// The Mendix snapshot archive: a .tar.gz (possibly wrapping one .tar) with exactly
//   .metadata             JSON: duration, dumpSize, modelVersion, databaseSize, filesSize (strings)
//   db/db.backup          pg_dump -O -x -Fc, archive version ≤ 1.14 (pg_dump 12–15)
//   tree/<xx>/<yy>/<uuid> one entry per file; xx, yy = the uuid's first and next two characters

export const METADATA_ENTRY = ".metadata";
export const DUMP_ENTRY = "db/db.backup";
/** The newest pg_dump custom-format archive version Mendix accepts (pg_dump 15 writes 1.14). */
export const MAX_DUMP_VERSION: readonly [number, number] = [1, 14];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TREE_FILE = /^tree\/([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f-]{36})$/;
const DIRECTORIES = /^(db|tree|tree\/[0-9a-f]{2}|tree\/[0-9a-f]{2}\/[0-9a-f]{2})\/?$/;

export function isFileId(name: string): boolean {
  return UUID.test(name);
}

/** `tree/xx/yy/<uuid>` for a file id. */
export function treePath(fileId: string): string {
  if (!UUID.test(fileId)) throw new Error(`'${fileId}' is not a file id (a lower-case uuid).`);
  return `tree/${fileId.slice(0, 2)}/${fileId.slice(2, 4)}/${fileId}`;
}

export type EntryKind = { kind: "metadata" } | { kind: "dump" } | { kind: "file"; fileId: string } | { kind: "directory" };

export type EntryCheck = { ok: true; entry: EntryKind } | { ok: false; reason: string };

/** Tar entry types a reader may meet: plain files and directories are allowed, nothing else. */
export type TarEntryType = "file" | "directory" | "symlink" | "link" | "character-device" | "block-device" | "fifo" | "contiguous-file" | string;

/**
 * Decides what one archive entry is, or why it is refused. Names may start with "./" (tar -C dir .);
 * anything else outside the three allowed shapes is refused, so absolute paths, "..", links and
 * devices can never be written anywhere.
 */
export function classifyEntry(rawName: string, type: TarEntryType): EntryCheck {
  if (rawName.includes("\0")) return { ok: false, reason: "An entry name contains a NUL character." };
  if (rawName.startsWith("/")) return { ok: false, reason: `The archive contains an absolute path (${shown(rawName)}).` };
  if (rawName.split("/").includes("..")) return { ok: false, reason: `The archive contains a path that leaves its folder (${shown(rawName)}).` };
  if (type === "symlink" || type === "link") return { ok: false, reason: `The archive contains a link (${shown(rawName)}); links are not allowed.` };
  if (type !== "file" && type !== "directory" && type !== "contiguous-file") return { ok: false, reason: `The archive contains a ${type} entry (${shown(rawName)}); only files and folders are allowed.` };
  const name = rawName.replace(/^(\.\/)+/, "");
  if (type === "directory") {
    if (name === "" || name === "." || DIRECTORIES.test(name)) return { ok: true, entry: { kind: "directory" } };
    return { ok: false, reason: `The archive contains an unexpected folder (${shown(rawName)}).` };
  }
  if (name === METADATA_ENTRY) return { ok: true, entry: { kind: "metadata" } };
  if (name === DUMP_ENTRY) return { ok: true, entry: { kind: "dump" } };
  const tree = TREE_FILE.exec(name);
  if (tree && UUID.test(tree[3]) && tree[3].startsWith(tree[1] + tree[2])) return { ok: true, entry: { kind: "file", fileId: tree[3] } };
  return { ok: false, reason: `The archive contains an entry that is not part of a snapshot (${shown(rawName)}). Allowed: .metadata, db/db.backup and tree/xx/yy/<uuid>.` };
}

function shown(name: string): string {
  const clean = name.replace(/[^\x20-\x7e]/g, "?");
  return clean.length > 80 ? `${clean.slice(0, 77)}…` : clean;
}

const digits = z.string().regex(/^\d{1,20}$/, "must be a whole number written as a string");

/** The `.metadata` document. Unknown extra keys are kept (Mendix may add some). */
export const ZSnapshotMetadata = z.looseObject({
  duration: z.string().regex(/^\d{1,12}(\.\d{1,6})?$/, "must be a number of seconds written as a string"),
  dumpSize: digits,
  modelVersion: z.string().max(100).refine((value) => !value.includes("\0"), "must not contain NUL characters"),
  databaseSize: digits,
  filesSize: digits,
});
export type SnapshotMetadata = z.infer<typeof ZSnapshotMetadata>;

/** At most this many bytes of `.metadata` are read. */
export const MAX_METADATA_BYTES = 64 * 1024;

export function parseMetadata(bytes: Buffer): { ok: true; metadata: SnapshotMetadata } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch {
    return { ok: false, reason: "The .metadata file is not valid JSON." };
  }
  const parsed = ZSnapshotMetadata.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `The .metadata file is not valid: ${issue.path.join(".") || "document"} ${issue.message}.` };
  }
  return { ok: true, metadata: parsed.data };
}

export function formatMetadata(input: { durationMs: number; dumpSize: number; modelVersion: string | null; databaseSize: number; filesSize: number }): Buffer {
  const metadata: SnapshotMetadata = {
    duration: (input.durationMs / 1000).toFixed(3),
    dumpSize: String(input.dumpSize),
    modelVersion: input.modelVersion ?? "",
    databaseSize: String(input.databaseSize),
    filesSize: String(input.filesSize),
  };
  return Buffer.from(JSON.stringify(metadata));
}

/**
 * The first bytes of a pg_dump custom-format archive: "PGDMP", then major, minor, revision of the
 * archive version. Returns the version, or why the bytes are no such archive.
 */
export function checkDumpHeader(head: Buffer): { ok: true; version: string } | { ok: false; reason: string } {
  if (head.length < 8 || head.subarray(0, 5).toString("latin1") !== "PGDMP")
    return { ok: false, reason: "db/db.backup is not a PostgreSQL custom-format dump (made with pg_dump -Fc)." };
  const [major, minor, revision] = [head[5], head[6], head[7]];
  const version = `${major}.${minor}.${revision}`;
  if (major > MAX_DUMP_VERSION[0] || (major === MAX_DUMP_VERSION[0] && minor > MAX_DUMP_VERSION[1]))
    return { ok: false, reason: `db/db.backup has archive version ${version}; at most ${MAX_DUMP_VERSION.join(".")} (pg_dump 12–15) can be restored.` };
  return { ok: true, version };
}
