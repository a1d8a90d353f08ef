import "server-only";
import type { SettingsPreview } from "@/lib/settings-api";
import { assertCan, type Actor } from "../../auth/permissions";
import type { DbOrTx } from "../../db";
import { evaluateChange, parseSettingsPatch, previewOf } from "./evaluate-change";
import { loadSettingsContext } from "./settings-context";

/**
 * POST /clusters/{id}/settings/preview: what a PATCH with this body would change (settings,
 * Azure resources and ARM properties, disruption, exposure) and what would be refused. Changes nothing.
 */
export async function previewClusterSettings(db: DbOrTx, actor: Actor, clusterId: string, input: unknown): Promise<SettingsPreview> {
  const ctx = await loadSettingsContext(db, actor, clusterId);
  assertCan(actor, "read:cluster", ctx.cluster.orgId);
  const patch = parseSettingsPatch(input, actor.locale);
  return previewOf(ctx, evaluateChange(ctx, patch, actor.locale));
}
