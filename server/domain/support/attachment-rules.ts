import "server-only";

import { ATTACHMENT_TYPES as BY_EXTENSION, attachmentMessages, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/lib/attachment-limits";

// Ticket attachments are checked by extension and content; the limits are in lib/attachment-limits.ts.

const MAGIC: Record<string, number[][]> = {
  "image/png": [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  "image/jpeg": [[0xff, 0xd8, 0xff]],
  "application/pdf": [[0x25, 0x50, 0x44, 0x46, 0x2d]],
  "application/zip": [[0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06]],
};

/** Browsers send these for files they do not know (e.g. .log); the extension decides then. */
const GENERIC_TYPES = new Set(["", "application/octet-stream"]);

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Uint8Array;
}

export type AttachmentCheck = { ok: true; fileName: string; contentType: string } | { ok: false; reason: string };

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A file name safe to store and to send back in Content-Disposition. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "file";
  const cleaned = base.replace(/[^\w .()-]/g, "_").replace(/^\.+/, "").slice(0, 120).trim();
  return cleaned || "file";
}

export function checkAttachment(file: UploadedFile): AttachmentCheck {
  const fileName = safeFileName(file.name);
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const contentType = BY_EXTENSION[extension];
  if (!contentType) return { ok: false, reason: attachmentMessages.notAccepted(fileName) };
  const declared = file.type.split(";")[0].trim().toLowerCase();
  if (!GENERIC_TYPES.has(declared) && declared !== contentType) return { ok: false, reason: `${fileName}: the file type ${declared} does not match its extension.` };
  if (file.bytes.byteLength === 0) return { ok: false, reason: `${fileName}: the file is empty.` };
  if (file.bytes.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, reason: attachmentMessages.tooLarge(fileName) };
  const signatures = MAGIC[contentType];
  if (signatures && !signatures.some((signature) => startsWith(file.bytes, signature))) {
    return { ok: false, reason: `${fileName}: the content is not a valid ${extension.toUpperCase()} file.` };
  }
  if (!signatures && !isText(file.bytes)) return { ok: false, reason: `${fileName}: the content is not text.` };
  return { ok: true, fileName, contentType };
}

/** Checks a whole upload: count first, then every file. Returns the reasons it was refused. */
export function checkAttachments(files: UploadedFile[], alreadyAttached = 0): string[] {
  if (files.length === 0) return ["Choose at least one file."];
  if (files.length + alreadyAttached > MAX_ATTACHMENTS) return [attachmentMessages.tooMany];
  return files.map(checkAttachment).flatMap((check) => (check.ok ? [] : [check.reason]));
}
