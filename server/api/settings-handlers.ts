import "server-only";
import type PgBoss from "pg-boss";
import { SETTINGS_API_MESSAGES } from "@/lib/messages-settings";
import type { SettingsView } from "@/lib/settings-api";
import type { Actor } from "../auth/permissions";
import type { AzureGateway } from "../azure/gateway";
import type { Db } from "../db";
import { getClusterSettings } from "../domain/settings/get-cluster-settings";
import { previewClusterSettings } from "../domain/settings/preview-cluster-settings";
import { recoverCluster } from "../domain/settings/recover-cluster";
import { revertClusterSettings } from "../domain/settings/revert-cluster-settings";
import { getSettingsPolicy, updateSettingsPolicy } from "../domain/settings/settings-policy";
import { updateClusterSettings } from "../domain/settings/update-cluster-settings";
import { AppError } from "../errors";
import { readJson } from "./input";

// The /api/v1 handlers of the customization settings, the Recover action and the admins' settings
// policy, built over their dependencies so integration tests call exactly what the routes call
// (the routes add authentication and the error shape through apiRoute).

export interface SettingsDeps {
  db: () => Db;
  boss: () => Promise<PgBoss>;
  azure: () => AzureGateway;
}

interface Args<P> {
  request: Request;
  actor: Actor;
  params: P;
}
type ClusterParams = { clusterId: string };
type OrgParams = { orgId: string };

/** `If-Match: "7"` (or W/"7", or 7) → 7; absent → null; anything else is refused. */
export function parseIfMatch(header: string | null): number | null {
  if (header === null || header.trim() === "") return null;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) throw new AppError("invalid_input", SETTINGS_API_MESSAGES.versionRequired, { "If-Match": ["Send the version as the ETag gave it, e.g. \"3\"."] });
  return Number(match[1]);
}

function viewResponse(view: SettingsView, status = 200): Response {
  return Response.json(view, { status, headers: { etag: `"${view.version}"`, "cache-control": "no-store" } });
}

export function settingsHandlers(deps: SettingsDeps) {
  return {
    async get({ actor, params }: Args<ClusterParams>) {
      return viewResponse(await getClusterSettings(deps.db(), actor, params.clusterId, deps.azure()));
    },
    async patch({ request, actor, params }: Args<ClusterParams>) {
      const ifMatch = parseIfMatch(request.headers.get("if-match"));
      const body = await readJson(request);
      const result = await updateClusterSettings(deps.db(), await deps.boss(), deps.azure(), actor, params.clusterId, body, { ifMatch, requireVersion: !actor.tokenScopes });
      // On the JIT plan a change that needs Azure role assignments waits for an approval.
      if (result.held) return Response.json({ approvalId: result.approvalId, state: "PENDING" }, { status: 202 });
      return Response.json({ operationId: result.operation.id, ...(result.approvalId ? { approvalId: result.approvalId } : {}) }, { status: 202 });
    },
    async preview({ request, actor, params }: Args<ClusterParams>) {
      return Response.json(await previewClusterSettings(deps.db(), actor, params.clusterId, await readJson(request)), { headers: { "cache-control": "no-store" } });
    },
    async revert({ actor, params }: Args<ClusterParams>) {
      return viewResponse(await revertClusterSettings(deps.db(), deps.azure(), actor, params.clusterId));
    },
    async recover({ actor, params }: Args<ClusterParams>) {
      const operation = await recoverCluster(deps.db(), await deps.boss(), deps.azure(), actor, params.clusterId);
      return Response.json({ operationId: operation.id }, { status: 202 });
    },
    async getPolicy({ actor, params }: Args<OrgParams>) {
      return Response.json(await getSettingsPolicy(deps.db(), actor, params.orgId), { headers: { "cache-control": "no-store" } });
    },
    async putPolicy({ request, actor, params }: Args<OrgParams>) {
      return Response.json(await updateSettingsPolicy(deps.db(), actor, params.orgId, await readJson(request)));
    },
  };
}
