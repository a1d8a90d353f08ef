import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { SettingsPolicyBody } from "@/lib/settings-api";
import { assertStaff, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db, DbOrTx } from "../../db";
import { notFound } from "../../errors";
import { parseInput } from "../../validate";
import { DEFAULT_POLICY_SCOPE, readPolicyRules, writePolicyRules, ZSettingsPolicyBody } from "../../store/settings-policy";

// The platform admins' settings policy (the "exposure settings" they toggle): per organisation,
// with a provider-wide default. Platform admins only; every change audited, in the organisation's
// own activity log so its customers see it.

async function scopeOf(db: DbOrTx, orgId: string): Promise<{ scope: string; orgId: string | null }> {
  if (orgId === DEFAULT_POLICY_SCOPE) return { scope: DEFAULT_POLICY_SCOPE, orgId: null };
  if (!z.string().uuid().safeParse(orgId).success) throw notFound("Organisation");
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { id: true } });
  if (!org) throw notFound("Organisation");
  return { scope: org.id, orgId: org.id };
}

/** GET /admin/organizations/{orgId}/settings-policy: the stored rules of that scope. */
export async function getSettingsPolicy(db: DbOrTx, actor: Actor, orgId: string): Promise<SettingsPolicyBody> {
  assertStaff(actor, "manage:users");
  const { scope } = await scopeOf(db, orgId);
  return { settings: await readPolicyRules(db, scope) };
}

/** PUT /admin/organizations/{orgId}/settings-policy: replaces the rules of that scope. */
export async function updateSettingsPolicy(db: Db, actor: Actor, orgId: string, input: unknown): Promise<SettingsPolicyBody> {
  assertStaff(actor, "manage:users");
  const body = parseInput(ZSettingsPolicyBody, input) as SettingsPolicyBody;
  const target = await scopeOf(db, orgId);
  return db.$transaction(async (tx) => {
    const before = await readPolicyRules(tx, target.scope);
    const after = await writePolicyRules(tx, target.scope, target.orgId, body, actor.userId);
    await recordAudit(tx, {
      orgId: target.orgId,
      actor,
      action: "settings-policy.update",
      targetType: target.orgId ? "organization" : "provider",
      targetId: target.scope,
      before: before as Prisma.InputJsonValue,
      after: after as Prisma.InputJsonValue,
      purpose: "Settings policy of the provider",
    });
    return { settings: after };
  });
}
