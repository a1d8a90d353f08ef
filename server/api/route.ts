import "server-only";
import { NextResponse } from "next/server";
import { bearerToken } from "../auth/access-token-secret";
import { currentActor, tokenActor } from "../auth/actor";
import type { Actor } from "../auth/permissions";
import { recordRefusal } from "../audit/refusal";
import { AppError } from "../errors";
import { log } from "../log";
import { requestIdFrom, withTrace } from "../trace";
import { assertSameOrigin, isUnsafeMethod } from "./request-guard";

export { parseInput, readJson } from "./input";

/** The error shape; `requestId` finds the request's log lines (support asks for it). */
export function errorResponse(error: AppError, requestId?: string): NextResponse {
  return NextResponse.json(
    { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}), ...(requestId ? { requestId } : {}) } },
    { status: error.status },
  );
}

type Params = Record<string, string>;

/**
 * Wraps an /api/v1 handler: gives the request its id (the caller's valid x-request-id, else a new
 * one; answered in x-request-id and in error bodies, carried into log lines and operations),
 * authenticates the caller (an `Authorization: Bearer` access token, else the session cookie), turns AppError into the JSON error shape, audits refusals, and hides
 * unexpected errors behind a generic message.
 */
export function apiRoute<P extends Params>(handler: (args: { request: Request; actor: Actor; params: P }) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const requestId = requestIdFrom(request.headers.get("x-request-id"));
    const response = await withTrace({ requestId }, () => handle(request, context, requestId));
    return tagged(noStore(response), requestId);
  };
  async function handle(request: Request, context: { params: Promise<P> }, requestId: string): Promise<Response> {
    // With an Authorization header the token alone decides (the cookie is ignored), so the
    // cross-site check, which is about cookies a browser adds on its own, does not apply.
    const bearer = bearerToken(request.headers.get("authorization"));
    if (bearer === undefined) {
      try {
        assertSameOrigin(request);
      } catch (error) {
        return errorResponse(error as AppError, requestId);
      }
    }
    const actor = bearer === undefined ? await currentActor() : bearer === null ? null : await tokenActor(bearer);
    if (!actor) {
      const message = bearer === undefined ? "Sign in or send an access token." : "The access token is not valid, has expired or was revoked.";
      return errorResponse(new AppError("unauthenticated", message), requestId);
    }
    const params = await context.params;
    try {
      if (actor.tokenScopes && !actor.tokenScopes.includes("write") && isUnsafeMethod(request.method)) {
        throw new AppError("forbidden", "This access token has the read scope only; create a token with the write scope to make changes.");
      }
      return await handler({ request, actor, params });
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === "forbidden" || error.code === "not_found") {
          await recordRefusal(actor, `api.${request.method.toLowerCase()} ${new URL(request.url).pathname}`, error);
        }
        return errorResponse(error, requestId);
      }
      log.error("unexpected API error", { method: request.method, path: new URL(request.url).pathname, err: error });
      return errorResponse(new AppError("internal", "Something went wrong on our side. Try again; if it keeps happening, open a support ticket."), requestId);
    }
  }
}

function tagged(response: Response, requestId: string): Response {
  try {
    response.headers.set("x-request-id", requestId);
  } catch {
    // Immutable headers (a proxied fetch): the id is still in the log lines.
  }
  return response;
}

/** Answers about a signed-in caller's data are never stored by browsers or proxies. */
function noStore(response: Response): Response {
  try {
    response.headers.set("Cache-Control", "no-store");
  } catch {
    // A response with immutable headers (a proxied fetch) keeps its own caching headers.
  }
  return response;
}
