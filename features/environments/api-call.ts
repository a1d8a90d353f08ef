// Calls an /api/v1 environment route from the browser and reads its answer or its error message.
import { ApiError, apiJson } from "@/lib/api-client";

export interface ApiAnswer<T> {
  ok: boolean;
  body: T | null;
  error: string | null;
  fields: Record<string, string[]> | null;
}

export async function apiCall<T>(url: string, init: RequestInit, fallback: string): Promise<ApiAnswer<T>> {
  try {
    return { ok: true, body: await apiJson<T>(url, init, fallback), error: null, fields: null };
  } catch (error) {
    const refused = error instanceof ApiError && error.status !== 0 ? error : null;
    return { ok: false, body: null, error: refused?.message ?? fallback, fields: refused?.fields ?? null };
  }
}
