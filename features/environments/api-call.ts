// Calls an /api/v1 environment route from the browser and reads its answer or its error message.
export interface ApiAnswer<T> {
  ok: boolean;
  body: T | null;
  error: string | null;
  fields: Record<string, string[]> | null;
}

export async function apiCall<T>(url: string, init: RequestInit, fallback: string): Promise<ApiAnswer<T>> {
  try {
    const response = await fetch(url, { ...init, headers: { accept: "application/json", ...(init.headers ?? {}) } });
    const json = (await response.json().catch(() => null)) as (T & { error?: { message?: string; fields?: Record<string, string[]> } }) | null;
    if (!response.ok) return { ok: false, body: null, error: json?.error?.message ?? fallback, fields: json?.error?.fields ?? null };
    return { ok: true, body: json, error: null, fields: null };
  } catch {
    return { ok: false, body: null, error: fallback, fields: null };
  }
}
