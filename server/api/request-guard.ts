import "server-only";
import { AppError } from "../errors";

// Checks every /api/v1 request passes before its handler runs: cross-site writes are refused
// (CSRF), JSON bodies must say they are JSON, and no body is read past its size limit. Free of
// Next.js imports so route handlers stay callable from integration tests.

/** Largest JSON body an API route reads. */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Methods that may change something (a read-only access token may not use them). */
export function isUnsafeMethod(method: string): boolean {
  return UNSAFE_METHODS.has(method.toUpperCase());
}

function hostOf(request: Request): string | null {
  return request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || null;
}

/**
 * True when an unsafe request comes from another site. Only requests that carry a cookie can be
 * forged (a bearer token is never sent by a browser on its own). The browser's `Origin` decides;
 * without it, `Sec-Fetch-Site`; a client that sends neither is not a browser.
 */
export function isCrossSiteWrite(request: Request): boolean {
  if (!isUnsafeMethod(request.method)) return false;
  if (!request.headers.has("cookie")) return false;
  const origin = request.headers.get("origin");
  if (origin !== null) {
    const host = hostOf(request);
    try {
      return origin === "null" || !host || new URL(origin).host.toLowerCase() !== host.toLowerCase();
    } catch {
      return true;
    }
  }
  const site = request.headers.get("sec-fetch-site");
  return site !== null && site !== "same-origin" && site !== "none";
}

export function assertSameOrigin(request: Request): void {
  if (isCrossSiteWrite(request)) {
    throw new AppError("forbidden", "This request came from another site and was refused. Use the portal or the API with an access token.");
  }
}

/** Reads a body as text, refusing it (413) by its declared length or as soon as it grows past `limit`. */
export async function readTextLimited(request: Request, limit: number): Promise<string> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(limit: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${Math.round(limit / 1024)} KB.`);
}

/** `application/json`, optionally with parameters (`; charset=utf-8`). */
export function isJsonContentType(value: string | null): boolean {
  if (!value) return false;
  const type = value.split(";")[0].trim().toLowerCase();
  return type === "application/json" || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * The JSON body of an API request: `Content-Type: application/json` (415 otherwise, so a plain
 * HTML form can never post to the API), at most 1 MB (413), valid JSON (400). No body at all is `{}`.
 */
export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type");
  if (type !== null && !isJsonContentType(type)) throw unsupportedType();
  const text = await readTextLimited(request, JSON_BODY_LIMIT_BYTES);
  if (!text.trim()) return {};
  if (type === null) throw unsupportedType();
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.");
  }
}

function unsupportedType(): AppError {
  return new AppError("unsupported_media_type", "Send the request body as JSON with Content-Type: application/json.");
}
