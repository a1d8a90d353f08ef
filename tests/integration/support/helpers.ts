import type { Actor } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";
import { testDb } from "../db";

/** Calls an API handler the way apiRoute does (AppError → JSON error shape) and reads the JSON. */
/** The error shape of server/api/route.ts (which needs Next's request context to load). */
function errorResponse(error: AppError): Response {
  return Response.json({ error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } }, { status: error.status });
}

export async function callApi<P extends Record<string, string>>(
  handler: (args: { request: Request; actor: Actor; params: P }) => Promise<Response>,
  actor: Actor,
  init: { method?: string; url?: string; body?: unknown; form?: FormData; params?: P; omitLength?: boolean } = {},
) {
  let body: BodyInit | undefined;
  const headers = new Headers();
  if (init.form) {
    // Encoded as a browser sends it: multipart bytes with their Content-Length.
    const encoded = new Response(init.form);
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    headers.set("content-type", encoded.headers.get("content-type")!);
    if (!init.omitLength) headers.set("content-length", String(bytes.byteLength));
    body = bytes;
  } else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers.set("content-type", "application/json");
  }
  const request = new Request(`http://portal.test${init.url ?? "/api/v1/tickets"}`, {
    method: init.method ?? (init.body || init.form ? "POST" : "GET"),
    body,
    headers,
  });
  let response: Response;
  try {
    response = await handler({ request, actor, params: (init.params ?? {}) as P });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    response = errorResponse(error);
  }
  const text = await response.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  return { status: response.status, json, text, headers: response.headers };
}

export const FIXED_NOW = new Date("2026-03-02T09:00:00Z"); // Monday 10:00 in Amsterdam

export async function orgBySlug(slug: string) {
  return testDb.organization.findUniqueOrThrow({ where: { slug } });
}
