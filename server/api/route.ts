import "server-only";
import { NextResponse } from "next/server";
import { currentActor } from "../auth/actor";
import type { Actor } from "../auth/permissions";
import { recordRefusal } from "../audit/refusal";
import { AppError } from "../errors";
import { assertSameOrigin } from "./request-guard";

export { parseInput, readJson } from "./input";

export function errorResponse(error: AppError): NextResponse {
  return NextResponse.json(
    { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } },
    { status: error.status },
  );
}

type Params = Record<string, string>;

/**
 * Wraps an /api/v1 handler: authenticates the caller, turns AppError into the JSON error shape,
 * audits refusals, and hides unexpected errors behind a generic message.
 */
export function apiRoute<P extends Params>(handler: (args: { request: Request; actor: Actor; params: P }) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => noStore(await handle(request, context));
  async function handle(request: Request, context: { params: Promise<P> }): Promise<Response> {
    try {
      assertSameOrigin(request);
    } catch (error) {
      return errorResponse(error as AppError);
    }
    const actor = await currentActor();
    if (!actor) return errorResponse(new AppError("unauthenticated", "Sign in or send an access token."));
    const params = await context.params;
    try {
      return await handler({ request, actor, params });
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === "forbidden" || error.code === "not_found") {
          await recordRefusal(actor, `api.${request.method.toLowerCase()} ${new URL(request.url).pathname}`, error);
        }
        return errorResponse(error);
      }
      console.error("Unexpected API error", request.method, new URL(request.url).pathname, error);
      return errorResponse(new AppError("internal", "Something went wrong on our side. Try again; if it keeps happening, open a support ticket."));
    }
  }
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
