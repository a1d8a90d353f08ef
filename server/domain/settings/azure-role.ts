import "server-only";
import { READ_ONLY_REASONS } from "@/lib/messages-settings";
import type { Actor } from "../../auth/permissions";
import { toArmFailure } from "../../azure/arm";
import type { AzureGateway } from "../../azure/gateway";
import type { DbOrTx } from "../../db";
import { OWNER_ROLE_DEFINITION_ID, type RoleAssignmentFacts } from "../clusters/preflight-checks";

// Who may change settings besides the portal role (PRODUCT.md §4): the user must hold Owner or
// Contributor on the cluster's subscription, checked in Azure through the role assignments API,
// the same way the pre-flight checks the Owner role.

export const CONTRIBUTOR_ROLE_DEFINITION_ID = "b24988ac-6180-42a0-ab88-20f7382dd24c";

export type AzureRoleCheck = { ok: true; role: "Owner" | "Contributor" } | { ok: false; reason: string };

/** Pure: does one of the assignments give the principal Owner or Contributor on the subscription? */
export function evaluateSettingsRole(principalId: string, assignments: RoleAssignmentFacts[], subscriptionId: string): AzureRoleCheck {
  const subScope = `/subscriptions/${subscriptionId}`.toLowerCase();
  const held = assignments.filter((a) => {
    const scope = (a.scope ?? "").toLowerCase();
    return a.principalId?.toLowerCase() === principalId.toLowerCase() && (scope === "/" || scope === subScope);
  });
  const has = (id: string) => held.some((a) => (a.roleDefinitionId ?? "").toLowerCase().endsWith(id));
  if (has(OWNER_ROLE_DEFINITION_ID)) return { ok: true, role: "Owner" };
  if (has(CONTRIBUTOR_ROLE_DEFINITION_ID)) return { ok: true, role: "Contributor" };
  return { ok: false, reason: READ_ONLY_REASONS.noAzureRole };
}

/** Asks Azure whether the actor holds Owner or Contributor on the subscription. */
export async function checkAzureRole(db: DbOrTx, azure: AzureGateway, actor: Actor, subscriptionId: string): Promise<AzureRoleCheck> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { azurePrincipalId: true } });
  if (!user?.azurePrincipalId) return { ok: false, reason: READ_ONLY_REASONS.noAzureIdentity };
  try {
    const clients = azure.clientsFor(subscriptionId);
    const assignments: RoleAssignmentFacts[] = [];
    for await (const a of clients.authorization.roleAssignments.listForScope(`/subscriptions/${subscriptionId}`, { filter: `assignedTo('${user.azurePrincipalId}')` })) assignments.push(a);
    return evaluateSettingsRole(user.azurePrincipalId, assignments, subscriptionId);
  } catch (error) {
    return { ok: false, reason: READ_ONLY_REASONS.azureRoleUnknown(toArmFailure(error).message) };
  }
}
