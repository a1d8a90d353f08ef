// Uploaded archives are checked where they lie in storage before anything is restored; each
// hostile one ends as a Failed snapshot with a reason a person understands (or a 400).
import { Readable } from "node:stream";
import zlib from "node:zlib";
import { pack as tarPack } from "tar-stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../db";
import { liveData, makeEnvironment, owner, startBackupTestEnv, uploadRequest, waitForOperation, type BackupTestEnv } from "./fixtures";

const FILE = "abcdef01-0000-4000-8000-000000000001";
const METADATA = JSON.stringify({ duration: "1.0", dumpSize: "8", modelVersion: "1.4.0", databaseSize: "100", filesSize: "0" });

let env: BackupTestEnv;
beforeAll(async () => {
  env = await startBackupTestEnv();
});
afterAll(() => env?.dispose());

type Entry = { name: string; body?: Buffer | string; type?: "file" | "symlink" | "directory"; linkname?: string; size?: number; stream?: () => Readable };

/** A .tar.gz built entry by entry (streamed, so large entries stay out of memory). */
function archive(entries: Entry[]): Readable {
  const pack = tarPack();
  (async () => {
    for (const entry of entries) {
      if (entry.stream) {
        await new Promise<void>((resolve, reject) => {
          const sink = pack.entry({ name: entry.name, size: entry.size }, (error) => (error ? reject(error) : resolve()));
          entry.stream!().pipe(sink as unknown as NodeJS.WritableStream);
        });
      } else pack.entry({ name: entry.name, type: entry.type ?? "file", linkname: entry.linkname }, entry.body ?? "");
    }
    pack.finalize();
  })().catch((error) => pack.destroy(error));
  return Readable.from(pack as AsyncIterable<Buffer>).pipe(zlib.createGzip());
}

const dumpHeader = (minor: number) => Buffer.concat([Buffer.from("PGDMP"), Buffer.from([1, minor, 0]), Buffer.alloc(200, 0xff)]);

async function uploadAndCheck(body: Readable | Buffer) {
  const environment = await makeEnvironment(env, { rows: 4 });
  const before = await liveData(env, environment.id);
  const response = await env.api.upload({ request: uploadRequest(body), actor: await owner(), params: { envId: environment.id } });
  expect(response.status).toBe(202);
  const { operationId, snapshotId } = await response.json();
  const operation = await waitForOperation(operationId);
  expect(operation.status).toBe("FAILED");
  const snapshot = await testDb.snapshot.findUniqueOrThrow({ where: { id: snapshotId } });
  expect(snapshot.status).toBe("FAILED");
  // Nothing was restored or changed.
  const after = await liveData(env, environment.id);
  expect(after.rows).toEqual(before.rows);
  expect(after.environment.databaseName).toBe(environment.databaseName);
  return (snapshot.error as { message: string }).message;
}

describe("hostile uploads", () => {
  it("refuses path traversal", async () => {
    const reason = await uploadAndCheck(archive([{ name: ".metadata", body: METADATA }, { name: "tree/../../../etc/cron.d/evil", body: "x" }]));
    expect(reason).toMatch(/leaves its folder/);
  });

  it("refuses symlinks", async () => {
    const reason = await uploadAndCheck(archive([{ name: ".metadata", body: METADATA }, { name: `tree/ab/cd/${FILE}`, type: "symlink", linkname: "/etc/passwd" }]));
    expect(reason).toMatch(/link/);
  });

  it("refuses a gzip bomb", async () => {
    const size = 300 * 1024 * 1024;
    const zeros = () =>
      Readable.from(
        (function* () {
          for (let sent = 0; sent < size; sent += 1024 * 1024) yield Buffer.alloc(Math.min(1024 * 1024, size - sent));
        })(),
      );
    const reason = await uploadAndCheck(archive([{ name: ".metadata", body: METADATA }, { name: `tree/ab/cd/${FILE}`, size, stream: zeros }]));
    expect(reason).toMatch(/compression ratio/);
  });

  it("refuses a dump in another format", async () => {
    const reason = await uploadAndCheck(archive([{ name: ".metadata", body: METADATA }, { name: "db/db.backup", body: "--\n-- PostgreSQL database dump\n--\nCREATE TABLE t (id int);\n" }]));
    expect(reason).toMatch(/not a PostgreSQL custom-format dump/);
  });

  it("refuses archive version 1.16", async () => {
    const reason = await uploadAndCheck(archive([{ name: ".metadata", body: METADATA }, { name: "db/db.backup", body: dumpHeader(16) }]));
    expect(reason).toMatch(/archive version 1\.16\.0; at most 1\.14/);
  });

  it("refuses a dump pg_restore cannot read", async () => {
    const reason = await uploadAndCheck(archive([{ name: ".metadata", body: METADATA }, { name: "db/db.backup", body: dumpHeader(14) }]));
    expect(reason).toMatch(/pg_restore cannot read/);
  });

  it("refuses gzip that holds no tar", async () => {
    const reason = await uploadAndCheck(zlib.gzipSync(Buffer.from("just some text, no tar archive at all ".repeat(40))));
    expect(reason).toMatch(/not a tar archive/);
  });

  it("refuses a broken .metadata", async () => {
    const reason = await uploadAndCheck(archive([{ name: ".metadata", body: JSON.stringify({ duration: 3 }) }]));
    expect(reason).toMatch(/\.metadata file is not valid/);
  });

  it("answers 400 at once for a body that is no gzip at all, and keeps no snapshot", async () => {
    const environment = await makeEnvironment(env);
    await expect(env.api.upload({ request: uploadRequest(Buffer.from("PK\u0003\u0004 a zip file")), actor: await owner(), params: { envId: environment.id } })).rejects.toMatchObject({
      code: "invalid_input",
      message: expect.stringMatching(/not a gzip file/),
    });
    await expect(env.api.upload({ request: uploadRequest(Buffer.from([0x1f, 0x8b]), "text/plain"), actor: await owner(), params: { envId: environment.id } })).rejects.toMatchObject({ code: "invalid_input" });
    expect(await testDb.snapshot.count({ where: { environmentId: environment.id } })).toBe(0);
  });
});
