import "server-only";
import { z } from "zod";
import { zText } from "@/lib/text";
import type { Prisma } from "@/generated/prisma/client";
import { SETTING_LABELS } from "@/lib/messages-settings";
import type { SettingKey, SettingPolicyRule, SettingsPolicyBody } from "@/lib/settings-api";
import type { DbOrTx } from "../db";

// The platform admins' settings policy: one row per organisation and one provider-wide default
// (scope "default"). A rule of the organisation (editable too) wins over the default's; no rule
// at all means editable.

export const DEFAULT_POLICY_SCOPE = "default";

const SETTING_KEYS = Object.keys(SETTING_LABELS) as [SettingKey, ...SettingKey[]];

export const ZSettingPolicyRule = z
  .object({
    mode: z.enum(["editable", "locked", "hidden"]),
    reason: zText(500, { trim: true, tooLong: "A reason is at most 500 characters." }).optional(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.mode === "locked" && !rule.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "A locked setting needs a reason the customer sees." });
  });

export const ZSettingsPolicyBody = z
  .object({ settings: z.partialRecord(z.enum(SETTING_KEYS), ZSettingPolicyRule) })
  .strict();

export type PolicyRules = Partial<Record<SettingKey, SettingPolicyRule>>;

function rulesOf(value: Prisma.JsonValue | undefined | null): PolicyRules {
  const parsed = ZSettingsPolicyBody.shape.settings.safeParse(value ?? {});
  return parsed.success ? (parsed.data as PolicyRules) : {};
}

/** The stored rules of one scope (an organisation id or "default"). */
export async function readPolicyRules(db: DbOrTx, scope: string): Promise<PolicyRules> {
  const row = await db.settingsPolicy.findUnique({ where: { scope } });
  return rulesOf(row?.rules);
}

/** The rules that hold for an organisation: the default's, overridden per setting by its own. */
export async function effectivePolicy(db: DbOrTx, orgId: string): Promise<PolicyRules> {
  const rows = await db.settingsPolicy.findMany({ where: { scope: { in: [DEFAULT_POLICY_SCOPE, orgId] } } });
  const byScope = new Map(rows.map((row) => [row.scope, rulesOf(row.rules)]));
  return { ...(byScope.get(DEFAULT_POLICY_SCOPE) ?? {}), ...(byScope.get(orgId) ?? {}) };
}

/**
 * Replaces the rules of one scope. In the default, "editable" is the same as no rule and is not
 * stored; an organisation's "editable" is kept, so it can open up a setting the default locks.
 */
export async function writePolicyRules(db: DbOrTx, scope: string, orgId: string | null, body: SettingsPolicyBody, updatedById: string) {
  const keep = (rule: SettingPolicyRule | undefined) => rule && (scope !== DEFAULT_POLICY_SCOPE || rule.mode !== "editable");
  const rules = Object.fromEntries(Object.entries(body.settings).filter(([, rule]) => keep(rule))) as unknown as Prisma.InputJsonValue;
  await db.settingsPolicy.upsert({
    where: { scope },
    create: { scope, orgId, rules, updatedById },
    update: { rules, updatedById },
  });
  return rulesOf(rules as Prisma.JsonValue);
}
