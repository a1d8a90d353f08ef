// Calls the app's real route handlers (app/api/**/route.ts) in-process with real Requests: a
// session cookie for a seeded user, the portal's origin, JSON or multipart bodies. Authentication,
// the request guard (cross-site writes, media type, body limit), the error shape and the refusal
// audit are the product's own; only `next/headers` is answered from the Request
// (tests/support/next-headers.ts, aliased in vitest.config.mts).
import { encode } from "next-auth/jwt";
import { expect } from "vitest";
import type { Actor } from "@/server/auth/permissions";
import { createSession } from "@/server/store/sessions";
import { runInRequestScope } from "../support/next-headers";
import { testDb } from "./db";

export const PORTAL_ORIGIN = "http://portal.test";
const COOKIE_NAME = "authjs.session-token";
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type RouteHandler<P extends Record<string, string>> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

/** A session cookie as Auth.js sets it at sign-in: a live server-side session for the user. */
export async function sessionCookie(userId: string): Promise<string> {
  const session = await createSession(testDb, userId, { idleMinutes: 60, maxHours: 8 }, { ip: "127.0.0.1", userAgent: "integration-test" });
  const token = await encode({ token: { sub: userId, sid: session.id }, secret: process.env.AUTH_SECRET!, salt: COOKIE_NAME, maxAge: 8 * 3600 });
  return `${COOKIE_NAME}=${token}`;
}

export interface CallInit<P> {
  method?: string;
  /** Path and query of the request (the handler's params come from `params`). */
  url?: string;
  params?: P;
  /** Sent as JSON with `Content-Type: application/json`. */
  body?: unknown;
  /** Sent as given (with the headers given). */
  rawBody?: BodyInit;
  /** Sent as a browser sends a form: multipart bytes with their Content-Length. */
  form?: FormData;
  omitLength?: boolean;
  headers?: Record<string, string>;
  /** The session cookie to send instead of the actor's (e.g. a revoked or forged one). */
  cookie?: string;
}

export interface CallResult {
  status: number;
  json: any;
  text: string;
  headers: Headers;
}

/**
 * Calls a route handler as `actor` (null: no session) the way a browser on the portal's page would:
 * same origin, the session cookie, a JSON or multipart body. `init.headers` override any of it.
 */
export async function callRoute<P extends Record<string, string>>(handler: RouteHandler<P>, actor: Actor | null, init: CallInit<P> = {}): Promise<CallResult> {
  const method = init.method ?? (init.body !== undefined || init.form || init.rawBody !== undefined ? "POST" : "GET");
  const headers = new Headers({ host: new URL(PORTAL_ORIGIN).host });
  if (UNSAFE.has(method)) headers.set("origin", PORTAL_ORIGIN);
  const cookie = init.cookie ?? (actor ? await sessionCookie(actor.userId) : null);
  if (cookie) headers.set("cookie", cookie);
  let body: BodyInit | undefined;
  if (init.form) {
    const encoded = new Response(init.form);
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    headers.set("content-type", encoded.headers.get("content-type")!);
    if (!init.omitLength) headers.set("content-length", String(bytes.byteLength));
    body = bytes;
  } else if (init.rawBody !== undefined) {
    body = init.rawBody;
  } else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers.set("content-type", "application/json");
  }
  for (const [name, value] of Object.entries(init.headers ?? {})) headers.set(name, value);
  const request = new Request(`${PORTAL_ORIGIN}${init.url ?? "/api/v1"}`, { method, headers, body, duplex: "half" } as RequestInit);
  const response = await runInRequestScope(request, () => handler(request, { params: Promise.resolve((init.params ?? {}) as P) }));
  const text = await response.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = text;
  }
  // Every error answer names its request (the x-request-id header) so support can find the log
  // line; checked here for every call, then set aside so tests compare the rest of the shape.
  if (json?.error) {
    expect(json.error.requestId).toEqual(expect.any(String));
    expect(json.error.requestId).toBe(response.headers.get("x-request-id"));
    delete json.error.requestId;
  }
  return { status: response.status, json, text, headers: response.headers };
}
