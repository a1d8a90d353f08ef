import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { StoredGzip } from "./stored-gzip";

async function frame(chunks: Buffer[]): Promise<{ out: Buffer; bytes: number }> {
  const gzip = new StoredGzip();
  const out = await buffer(Readable.from(chunks).pipe(gzip));
  return { out, bytes: gzip.bytes };
}

describe("StoredGzip", () => {
  it.each([
    ["nothing", []],
    ["one byte", [Buffer.from("x")]],
    ["exactly one stored block", [randomBytes(0xffff)]],
    ["one byte more than a stored block", [randomBytes(0x10000)]],
    ["many chunks of odd sizes", [randomBytes(1), randomBytes(70_000), randomBytes(3), randomBytes(200_001), Buffer.alloc(0), randomBytes(65_535)]],
  ])("is a gzip member that unpacks to the same bytes: %s", async (_name, chunks) => {
    const input = Buffer.concat(chunks as Buffer[]);
    const { out, bytes } = await frame(chunks as Buffer[]);
    expect(bytes).toBe(input.length);
    expect(zlib.gunzipSync(out).equals(input)).toBe(true);
    // Stored: header and trailer (18 bytes) and 5 bytes per block of at most 64 KiB around the data.
    expect(out.length).toBeLessThanOrEqual(input.length + 18 + 5 * (chunks.length + Math.ceil(input.length / 0xffff) + 1));
  });

  it.each([0, 1, 511, 512, 513, 70_000])("pads %i bytes of data to whole tar blocks inside the member", async (size) => {
    const input = randomBytes(size);
    const gzip = new StoredGzip({ padTo: 512 });
    const out = await buffer(Readable.from(size ? [input] : []).pipe(gzip));
    const unpacked = zlib.gunzipSync(out);
    expect(gzip.bytes).toBe(size);
    expect(unpacked.length).toBe(Math.ceil(size / 512) * 512);
    expect(unpacked.subarray(0, size).equals(input)).toBe(true);
    expect(unpacked.subarray(size).every((byte) => byte === 0)).toBe(true);
  });

  it("is refused by gunzip when a byte of the data changes (the checksum covers it)", async () => {
    const { out } = await frame([randomBytes(1000)]);
    out[500] ^= 0xff;
    expect(() => zlib.gunzipSync(out)).toThrow();
  });

  it("concatenates with other gzip members into one stream", async () => {
    const a = zlib.gzipSync(Buffer.from("head "));
    const { out } = await frame([Buffer.from("dump ")]);
    const c = zlib.gzipSync(Buffer.from("tail"));
    expect(zlib.gunzipSync(Buffer.concat([a, out, c])).toString()).toBe("head dump tail");
  });
});
