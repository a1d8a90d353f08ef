import { apiFetch } from "@/lib/api-client";
import type { ClusterSettings } from "@/lib/cluster-settings";
import type { SettingsPreview, SettingsView } from "@/lib/settings-api";

// The settings API as the page calls it (errors: { error: { code, message, fields? } }).

const request = apiFetch;

const base = (clusterId: string) => `/api/v1/clusters/${encodeURIComponent(clusterId)}`;

export async function fetchSettings(clusterId: string): Promise<SettingsView> {
  return (await request<SettingsView>(`${base(clusterId)}/settings`, { method: "GET" })).body;
}

export async function previewSettings(clusterId: string, body: Partial<ClusterSettings>): Promise<SettingsPreview> {
  return (await request<SettingsPreview>(`${base(clusterId)}/settings/preview`, { method: "POST", body: JSON.stringify(body) })).body;
}

/**
 * PATCH with the version the page was built from; a stale one answers 409 version_conflict. On the
 * JIT plan a change that needs Azure role assignments answers with an approval request instead.
 */
export async function applySettings(clusterId: string, body: Partial<ClusterSettings>, version: number): Promise<{ operationId?: string; approvalId?: string }> {
  const { body: result } = await request<{ operationId?: string; approvalId?: string }>(`${base(clusterId)}/settings`, {
    method: "PATCH",
    headers: { "if-match": `"${version}"` },
    body: JSON.stringify(body),
  });
  return result;
}

export async function revertSettings(clusterId: string): Promise<SettingsView> {
  return (await request<SettingsView>(`${base(clusterId)}/settings/revert`, { method: "POST", body: "{}" })).body;
}

export async function recoverCluster(clusterId: string): Promise<string> {
  return (await request<{ operationId: string }>(`${base(clusterId)}/recover`, { method: "POST", body: "{}" })).body.operationId;
}
