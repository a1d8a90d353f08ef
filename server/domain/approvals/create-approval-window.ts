import "server-only";
import { ZApprovalWindowInput } from "@/lib/approvals";
import type { Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { getCluster } from "../../store/clusters";
import { parseInput } from "../../validate";
import { windowRefusal } from "./approval-rules";
import { approverRight } from "./approver-right";
import type { ApprovalDeps } from "./deps";

/** POST /clusters/{id}/approval-windows: an owner with Owner or Contributor on the subscription approves in advance for at least 8 hours. */
export async function createApprovalWindow(db: Db, deps: Pick<ApprovalDeps, "azure" | "now">, actor: Actor, clusterId: string, input: unknown) {
  const cluster = await getCluster(db, actor, clusterId);
  const audit = { orgId: cluster.orgId, actor, action: "approval.window.create", targetType: "cluster", targetId: cluster.id } as const;
  const right = await approverRight(db, deps.azure, actor, { orgId: cluster.orgId, subscriptionId: cluster.connection.subscriptionId }, "manage:approval-windows");
  if (!right.ok) {
    await recordAudit(db, { ...audit, outcome: "DENIED", after: { reason: right.reason } });
    throw new AppError("forbidden", right.reason);
  }
  const body = parseInput(ZApprovalWindowInput, input);
  const window = { startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt) };
  const refusal = windowRefusal(window, deps.now ?? new Date());
  if (refusal) throw new AppError("invalid_input", refusal, { endsAt: [refusal] });
  const created = await db.autoApprovalWindow.create({ data: { orgId: cluster.orgId, clusterId: cluster.id, ...window, reason: body.reason, createdById: actor.userId } });
  await recordAudit(db, { ...audit, after: { windowId: created.id, startsAt: body.startsAt, endsAt: body.endsAt, reason: body.reason } });
  return created;
}
