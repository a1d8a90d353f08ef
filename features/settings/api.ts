import { ApiError } from "@/features/initialize/api";
import type { ClusterSettings } from "@/lib/cluster-settings";
import type { SettingsPreview, SettingsView } from "@/lib/settings-api";

// The settings API as the page calls it (errors: { error: { code, message, fields? } }).

async function request<T>(url: string, init: RequestInit): Promise<{ body: T; response: Response }> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store", ...init, headers: { accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}), ...init.headers } });
  } catch {
    throw new ApiError(0, "network", "The portal could not be reached. Check your connection and try again.");
  }
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new ApiError(response.status, json?.error?.code ?? "error", json?.error?.message ?? `Request failed (${response.status}).`, json?.error?.fields);
  return { body: json as T, response };
}

const base = (clusterId: string) => `/api/v1/clusters/${encodeURIComponent(clusterId)}`;

export async function fetchSettings(clusterId: string): Promise<SettingsView> {
  return (await request<SettingsView>(`${base(clusterId)}/settings`, { method: "GET" })).body;
}

export async function previewSettings(clusterId: string, body: Partial<ClusterSettings>): Promise<SettingsPreview> {
  return (await request<SettingsPreview>(`${base(clusterId)}/settings/preview`, { method: "POST", body: JSON.stringify(body) })).body;
}

/** PATCH with the version the page was built from; a stale one answers 409 version_conflict. */
export async function applySettings(clusterId: string, body: Partial<ClusterSettings>, version: number): Promise<string> {
  const { body: result } = await request<{ operationId: string }>(`${base(clusterId)}/settings`, {
    method: "PATCH",
    headers: { "if-match": `"${version}"` },
    body: JSON.stringify(body),
  });
  return result.operationId;
}

export async function revertSettings(clusterId: string): Promise<SettingsView> {
  return (await request<SettingsView>(`${base(clusterId)}/settings/revert`, { method: "POST", body: "{}" })).body;
}

export async function recoverCluster(clusterId: string): Promise<string> {
  return (await request<{ operationId: string }>(`${base(clusterId)}/recover`, { method: "POST", body: "{}" })).body.operationId;
}

export { ApiError };
