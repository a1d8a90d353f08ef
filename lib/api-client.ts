// The one way the browser calls the portal's /api/v1 routes. Answers are JSON; a refusal has the
// shape { error: { code, message, fields?, requestId? } } and is thrown as an ApiError.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string[]>,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The messages of the fields, or the message when the answer named no field. */
  fieldMessages(): string {
    return this.fields ? Object.values(this.fields).flat().join(" ") : this.message;
  }
}

export const NETWORK_MESSAGE = "The portal could not be reached. Check your connection and try again.";

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: Record<string, string[]>; requestId?: string };
}

/**
 * Sends a request and reads its JSON answer. A string body is sent as JSON; FormData as is.
 * Throws ApiError: status 0 when the portal could not be reached, else the answer's error
 * (its message, or `fallback` when the answer has none).
 */
export async function apiFetch<T>(url: string, init: RequestInit = {}, fallback?: string): Promise<{ body: T; response: Response }> {
  const headers = new Headers(init.headers);
  if (!headers.has("accept")) headers.set("accept", "application/json");
  if (typeof init.body === "string" && !headers.has("content-type")) headers.set("content-type", "application/json");
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store", ...init, headers });
  } catch {
    throw new ApiError(0, "network", NETWORK_MESSAGE);
  }
  const body = (await response.json().catch(() => null)) as (T & ErrorBody) | null;
  if (!response.ok) {
    const error = body?.error;
    throw new ApiError(response.status, error?.code ?? "error", error?.message ?? fallback ?? `Request failed (${response.status}).`, error?.fields, error?.requestId);
  }
  return { body: body as T, response };
}

/** apiFetch for the answer's body alone. */
export async function apiJson<T>(url: string, init: RequestInit = {}, fallback?: string): Promise<T> {
  return (await apiFetch<T>(url, init, fallback)).body;
}

/** POSTs `body` as JSON and reads the answer. */
export async function postJson<T>(url: string, body: unknown): Promise<T> {
  return apiJson<T>(url, { method: "POST", body: JSON.stringify(body ?? {}) });
}
