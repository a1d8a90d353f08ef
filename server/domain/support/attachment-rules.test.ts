import { describe, expect, it } from "vitest";
import { MAX_ATTACHMENT_BYTES } from "@/lib/attachment-limits";
import { checkAttachment, checkAttachments, safeFileName } from "./attachment-rules";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const PDF = new TextEncoder().encode("%PDF-1.7\n...");
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
const JPG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]);
const text = (s: string) => new TextEncoder().encode(s);

describe("attachment rules", () => {
  it("accepts the allowed formats when extension and content agree", () => {
    expect(checkAttachment({ name: "shot.png", type: "image/png", bytes: PNG })).toEqual({ ok: true, fileName: "shot.png", contentType: "image/png" });
    expect(checkAttachment({ name: "photo.JPG", type: "image/jpeg", bytes: JPG })).toEqual({ ok: true, fileName: "photo.JPG", contentType: "image/jpeg" });
    expect(checkAttachment({ name: "report.pdf", type: "application/pdf", bytes: PDF })).toMatchObject({ ok: true, contentType: "application/pdf" });
    expect(checkAttachment({ name: "logs.zip", type: "application/zip", bytes: ZIP })).toMatchObject({ ok: true, contentType: "application/zip" });
    expect(checkAttachment({ name: "app.log", type: "application/octet-stream", bytes: text("line 1\n") })).toMatchObject({ ok: true, contentType: "text/plain" });
    expect(checkAttachment({ name: "state.json", type: "", bytes: text("{}") })).toMatchObject({ ok: true, contentType: "application/json" });
  });

  it("refuses other extensions, mismatched types and forged content", () => {
    expect(checkAttachment({ name: "run.exe", type: "application/octet-stream", bytes: text("MZ") })).toMatchObject({ ok: false });
    expect(checkAttachment({ name: "page.html", type: "text/html", bytes: text("<script>") })).toMatchObject({ ok: false });
    expect(checkAttachment({ name: "shot.png", type: "text/html", bytes: PNG })).toEqual({ ok: false, reason: "shot.png: the file type text/html does not match its extension." });
    expect(checkAttachment({ name: "shot.png", type: "image/png", bytes: text("<svg onload=alert(1)>") })).toEqual({ ok: false, reason: "shot.png: the content is not a valid PNG file." });
    expect(checkAttachment({ name: "a.pdf", type: "application/pdf", bytes: ZIP })).toMatchObject({ ok: false });
    expect(checkAttachment({ name: "a.txt", type: "text/plain", bytes: new Uint8Array([0x41, 0, 0x42]) })).toEqual({ ok: false, reason: "a.txt: the content is not text." });
  });

  it("enforces the size limit and refuses empty files", () => {
    expect(checkAttachment({ name: "big.log", type: "text/plain", bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1).fill(65) })).toEqual({ ok: false, reason: "big.log: files may be at most 5 MB." });
    expect(checkAttachment({ name: "ok.log", type: "text/plain", bytes: new Uint8Array(MAX_ATTACHMENT_BYTES).fill(65) })).toMatchObject({ ok: true });
    expect(checkAttachment({ name: "empty.txt", type: "text/plain", bytes: new Uint8Array() })).toMatchObject({ ok: false });
  });

  it("allows at most five files per ticket", () => {
    const file = { name: "a.txt", type: "text/plain", bytes: text("a") };
    expect(checkAttachments(Array(5).fill(file))).toEqual([]);
    expect(checkAttachments(Array(6).fill(file))).toEqual(["A ticket takes at most 5 attachments."]);
    expect(checkAttachments([file], 5)).toEqual(["A ticket takes at most 5 attachments."]);
    expect(checkAttachments([])).toEqual(["Choose at least one file."]);
  });

  it("cleans file names", () => {
    expect(safeFileName("../../etc/passwd.txt")).toBe("passwd.txt");
    expect(safeFileName('a"b<c>.log')).toBe("a_b_c_.log");
    expect(safeFileName("C:\\Users\\x\\.hidden.txt")).toBe("hidden.txt");
  });
});
