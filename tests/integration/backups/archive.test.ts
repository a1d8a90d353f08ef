// The archive format end to end on the real parts: a snapshot written by the portal is read back
// by plain `tar` and `pg_restore`, validated, and restored into a fresh database and container.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { restoreSnapshotArchive, checkRestored } from "@/server/backups/restore-archive";
import { validateSnapshotArchive } from "@/server/backups/validate-archive";
import { writeSnapshotArchive } from "@/server/backups/write-archive";
import { nextGeneration, roleNameFor } from "@/server/environments/data-plane-names";
import { startBackupStack, uniqueTarget, type BackupStack } from "./stack";

const CLUSTER = { subscriptionId: "0a1b2c3d-0000-4000-8000-00000000d002", resourceGroup: "mrg-archive", clusterName: "archive" };
const FILE_A = "a1b2c3d4-0000-4000-8000-000000000001";
const FILE_B = "ffee0011-0000-4000-8000-000000000002";
const LIMITS = { maxUnpackedBytes: 1024 ** 3, maxRatio: 200 };

describe("snapshot archives", () => {
  let stack: BackupStack;
  const target = uniqueTarget(CLUSTER, "arc");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "portal-archive-"));

  beforeAll(async () => {
    stack = await startBackupStack();
    await stack.provisionCluster(CLUSTER);
    await stack.dataPlane.provision(target);
    const client = await stack.dataPlane.connect(target);
    await client.query("CREATE TABLE orders (id int primary key, item text); CREATE TABLE notes (body text)");
    await client.query("INSERT INTO orders SELECT g, 'item ' || g FROM generate_series(1, 500) g; INSERT INTO notes VALUES ('hello')");
    await client.end();
    const files = await stack.dataPlane.files(target);
    await files.getBlockBlobClient(FILE_A).upload("first file", 10);
    await files.getBlockBlobClient(FILE_B).upload(Buffer.alloc(70_000, 7), 70_000);
  });
  afterAll(async () => {
    await stack?.dataPlane.destroy(target).catch(() => undefined);
    await stack?.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  async function snapshot(name: string) {
    const storage = await stack.dataPlane.storage(target);
    const container = storage.getContainerClient("snapshots");
    await container.createIfNotExists();
    const blob = container.getBlockBlobClient(name);
    const endpoint = await stack.dataPlane.endpoint(target, target.databaseName);
    const onDb = new Client(endpoint);
    await onDb.connect();
    try {
      const written = await writeSnapshotArchive({ target: blob, endpoint, client: onDb, files: await stack.dataPlane.files(target), modelVersion: "1.4.0" });
      return { blob, written };
    } finally {
      await onDb.end();
    }
  }

  it("writes a Mendix archive that plain tar and pg_restore read", async () => {
    const { blob, written } = await snapshot("plain.tar.gz");
    expect(written.manifest).toEqual({ "public.notes": 1, "public.orders": 500 });
    expect(written.fileCount).toBe(2);
    expect(written.filesSize).toBe(70_010);
    const file = path.join(tmp, "plain.tar.gz");
    await blob.downloadToFile(file);
    expect(fs.statSync(file).size).toBe(written.archiveSize);

    const listing = execFileSync("tar", ["-tzf", file], { encoding: "utf8" }).trim().split("\n");
    expect(listing).toEqual([".metadata", "db/db.backup", `tree/a1/b2/${FILE_A}`, `tree/ff/ee/${FILE_B}`]);
    const out = path.join(tmp, "plain");
    fs.mkdirSync(out);
    execFileSync("tar", ["-xzf", file, "-C", out]);
    const metadata = JSON.parse(fs.readFileSync(path.join(out, ".metadata"), "utf8"));
    expect(metadata).toMatchObject({ modelVersion: "1.4.0", dumpSize: String(fs.statSync(path.join(out, "db/db.backup")).size), filesSize: "70010" });
    for (const key of ["duration", "dumpSize", "databaseSize", "filesSize"]) expect(typeof metadata[key]).toBe("string");
    expect(fs.readFileSync(path.join(out, `tree/a1/b2/${FILE_A}`), "utf8")).toBe("first file");
    expect(fs.readFileSync(path.join(out, "db/db.backup")).subarray(0, 8)).toEqual(Buffer.from([0x50, 0x47, 0x44, 0x4d, 0x50, 1, 14, 0]));

    // A plain pg_restore into a new database brings the rows back.
    const scratch = `${target.databaseName}_plain`;
    const admin = await stack.dataPlane.admin(target);
    await admin.query(`CREATE DATABASE ${scratch}`);
    await admin.end();
    const url = new URL(stack.adminUrl);
    url.pathname = `/${scratch}`;
    execFileSync("pg_restore", ["-O", "-x", "--exit-on-error", "-d", url.toString(), path.join(out, "db/db.backup")]);
    const count = execFileSync("psql", [url.toString(), "-Atc", "SELECT count(*) FROM orders"], { encoding: "utf8" }).trim();
    expect(count).toBe("500");
    await stack.dataPlane.dropDatabase(target, scratch);
  });

  it("validates its own archive and restores it into a new generation", async () => {
    const { blob, written } = await snapshot("roundtrip.tar.gz");
    const validated = await validateSnapshotArchive((await blob.download()).readableStreamBody as never, LIMITS);
    expect(validated.tables).toEqual(["public.notes", "public.orders"]);
    expect(validated.dumpVersion).toBe("1.14.0");

    const next = nextGeneration(target, 1);
    await stack.dataPlane.createDatabase(target, next.databaseName);
    const storage = await stack.dataPlane.storage(target);
    const files = storage.getContainerClient(next.filesContainer);
    await restoreSnapshotArchive({
      source: (await blob.download()).readableStreamBody as never,
      endpoint: await stack.dataPlane.endpoint(target, next.databaseName),
      role: roleNameFor(target.databaseName),
      files,
      limits: LIMITS,
    });
    const restored = await stack.dataPlane.connect({ ...target, ...next });
    const check = await checkRestored(restored, written.manifest);
    const owner = await restored.query("SELECT tableowner FROM pg_tables WHERE tablename = 'orders'");
    await restored.end();
    expect(check.problems).toEqual([]);
    expect(owner.rows[0].tableowner).toBe(roleNameFor(target.databaseName));
    expect((await files.getBlobClient(FILE_A).downloadToBuffer()).toString()).toBe("first file");
    await stack.dataPlane.dropDatabase(target, next.databaseName);
    await files.deleteIfExists();
  });

  it("stops pg_restore when the archive turns out bad after the dump", async () => {
    const { blob } = await snapshot("bad-tail.tar.gz");
    const dir = path.join(tmp, "bad-tail");
    fs.mkdirSync(dir);
    const good = path.join(tmp, "bad-tail-source.tar.gz");
    await blob.downloadToFile(good);
    execFileSync("tar", ["-xzf", good, "-C", dir, ".metadata", "db/db.backup"]);
    fs.symlinkSync("/etc/passwd", path.join(dir, "link"));
    const bad = path.join(tmp, "bad-tail.tar.gz");
    execFileSync("tar", ["-czf", bad, "-C", dir, ".metadata", "db/db.backup", "link"]);

    const next = nextGeneration(target, 2);
    await stack.dataPlane.createDatabase(target, next.databaseName);
    const storage = await stack.dataPlane.storage(target);
    const restoring = restoreSnapshotArchive({
      source: fs.createReadStream(bad),
      endpoint: await stack.dataPlane.endpoint(target, next.databaseName),
      role: roleNameFor(target.databaseName),
      files: storage.getContainerClient(next.filesContainer),
      limits: LIMITS,
    });
    await expect(restoring).rejects.toThrow(/link/);
    // The reader went on while pg_restore worked; the failed restore leaves no session on the copy
    // (its server process ends once pg_restore is gone), so the copy can be dropped.
    const admin = await stack.dataPlane.admin(target);
    let sessions = -1;
    for (let attempt = 0; attempt < 100 && sessions !== 0; attempt++) {
      if (attempt) await new Promise((resolve) => setTimeout(resolve, 200));
      sessions = (await admin.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [next.databaseName])).rows[0].n;
    }
    await admin.end();
    expect(sessions).toBe(0);
    await stack.dataPlane.dropDatabase(target, next.databaseName);
    await storage.getContainerClient(next.filesContainer).deleteIfExists();
  });
});
