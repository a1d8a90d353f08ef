import "server-only";
import { approvalMessages } from "@/lib/messages-approvals";
import { can, type Actor } from "../../auth/permissions";
import type { AzureGateway } from "../../azure/gateway";
import type { DbOrTx } from "../../db";
import { checkAzureRole } from "../settings/azure-role";

// "An Owner or Contributor of the subscription approves" (PRODUCT.md §13), in portal terms: a
// cluster manager or owner of the organisation (decide:approvals) who holds Owner or Contributor
// on the cluster's subscription, asked of Azure's role assignments the way settings edits are.
// Auto-approval windows need the portal's owner role on top (manage:approval-windows).

export type ApproverRight = { ok: true; role: "Owner" | "Contributor" } | { ok: false; reason: string };

export async function approverRight(
  db: DbOrTx,
  azure: AzureGateway,
  actor: Actor,
  cluster: { orgId: string; subscriptionId: string },
  permission: "decide:approvals" | "manage:approval-windows" = "decide:approvals",
): Promise<ApproverRight> {
  if (!can(actor, permission, cluster.orgId)) return { ok: false, reason: permission === "decide:approvals" ? approvalMessages.refusals.notApprover : approvalMessages.refusals.windowOwner };
  const role = await checkAzureRole(db, azure, actor, cluster.subscriptionId);
  return role.ok ? role : { ok: false, reason: role.reason };
}
