import { describe, expect, it } from "vitest";
import { checkDumpHeader, classifyEntry, formatMetadata, parseMetadata, treePath } from "./archive-format";

const ID = "a1b2c3d4-0000-4000-8000-000000000001";

describe("archive paths", () => {
  it("puts a file under tree/xx/yy/<uuid>", () => {
    expect(treePath(ID)).toBe(`tree/a1/b2/${ID}`);
    expect(() => treePath("../etc/passwd")).toThrow();
  });
  it("accepts exactly the Mendix entries, with or without ./", () => {
    expect(classifyEntry(".metadata", "file")).toEqual({ ok: true, entry: { kind: "metadata" } });
    expect(classifyEntry("./db/db.backup", "file")).toEqual({ ok: true, entry: { kind: "dump" } });
    expect(classifyEntry(`tree/a1/b2/${ID}`, "file")).toEqual({ ok: true, entry: { kind: "file", fileId: ID } });
    for (const dir of ["./", "db/", "tree/", "tree/a1/", "tree/a1/b2/"]) expect(classifyEntry(dir, "directory").ok).toBe(true);
  });
  it("refuses everything else with a reason", () => {
    const refused = (name: string, type = "file") => {
      const check = classifyEntry(name, type);
      expect(check.ok).toBe(false);
      return check.ok ? "" : check.reason;
    };
    expect(refused("/etc/passwd")).toMatch(/absolute path/);
    expect(refused("tree/../../etc/passwd")).toMatch(/leaves its folder/);
    expect(refused(`tree/a1/b2/${ID}`, "symlink")).toMatch(/link/);
    expect(refused(`tree/a1/b2/${ID}`, "link")).toMatch(/link/);
    expect(refused("db/db.backup", "character-device")).toMatch(/character-device/);
    expect(refused(`tree/ff/b2/${ID}`)).toMatch(/not part of a snapshot/); // xx does not match the uuid
    expect(refused("tree/a1/b2/not-a-uuid")).toMatch(/not part of a snapshot/);
    expect(refused("db/other.sql")).toMatch(/not part of a snapshot/);
    expect(refused("tmp/", "directory")).toMatch(/unexpected folder/);
    expect(refused("db/db.backup\0x")).toMatch(/NUL/);
  });
});

describe(".metadata", () => {
  it("round-trips what the writer produces, all values strings", () => {
    const bytes = formatMetadata({ durationMs: 1234, dumpSize: 10, modelVersion: "1.4.0", databaseSize: 20, filesSize: 0 });
    const parsed = parseMetadata(bytes);
    expect(parsed).toEqual({ ok: true, metadata: { duration: "1.234", dumpSize: "10", modelVersion: "1.4.0", databaseSize: "20", filesSize: "0" } });
  });
  it("refuses documents that are not the schema", () => {
    expect(parseMetadata(Buffer.from("not json"))).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid JSON/) });
    expect(parseMetadata(Buffer.from(JSON.stringify({ duration: "1", dumpSize: 10, modelVersion: "", databaseSize: "1", filesSize: "1" })))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/dumpSize/),
    });
    expect(parseMetadata(Buffer.from(JSON.stringify({ duration: "1" })))).toMatchObject({ ok: false });
  });
});

describe("dump header", () => {
  const header = (major: number, minor: number) => Buffer.from([0x50, 0x47, 0x44, 0x4d, 0x50, major, minor, 0]);
  it("accepts custom-format archives up to version 1.14", () => {
    expect(checkDumpHeader(header(1, 14))).toEqual({ ok: true, version: "1.14.0" });
    expect(checkDumpHeader(header(1, 12))).toEqual({ ok: true, version: "1.12.0" });
  });
  it("refuses newer versions and other formats", () => {
    expect(checkDumpHeader(header(1, 16))).toMatchObject({ ok: false, reason: expect.stringMatching(/1\.16\.0; at most 1\.14/) });
    expect(checkDumpHeader(Buffer.from("-- PostgreSQL database dump\n"))).toMatchObject({ ok: false, reason: expect.stringMatching(/pg_dump -Fc/) });
  });
});
