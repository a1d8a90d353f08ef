import "server-only";
import { z } from "zod";
import { assertStaff, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError, notFound } from "../../errors";
import { redactSecrets } from "./redact-secrets";
import { ACTIVE_STATUSES } from "@/lib/ticket-status";

const ZInput = z.object({ clusterId: z.string().uuid(), ticket: z.coerce.number().int().positive() });

/**
 * Read-only diagnostics of a customer's cluster for provider staff, only while a ticket of that
 * cluster is open and its opener allowed direct environment access; every look is recorded in the customer's activity log with its purpose.
 * Without such a ticket the cluster does not exist for staff (404).
 */
export async function viewClusterDiagnostics(db: Db, actor: Actor, input: { clusterId: string; ticket: string | number }, meta: { ip?: string | null; userAgent?: string | null } = {}) {
  assertStaff(actor, "read:cluster-diagnostics");
  const parsed = ZInput.safeParse(input);
  if (!parsed.success) throw notFound("Cluster");
  const ticket = await db.ticket.findFirst({
    where: { number: parsed.data.ticket, clusterId: parsed.data.clusterId, status: { in: [...ACTIVE_STATUSES] } },
    select: { id: true, number: true, subject: true, orgId: true, environmentAccess: true },
  });
  if (!ticket) throw notFound("Cluster");
  if (!ticket.environmentAccess) {
    // The customer sees the refused attempt as well as the granted ones.
    await recordAudit(db, {
      orgId: ticket.orgId,
      actor,
      actorKind: "STAFF",
      action: "staff.view-diagnostics.refused",
      targetType: "cluster",
      targetId: parsed.data.clusterId,
      outcome: "DENIED",
      purpose: `ticket #${ticket.number}`,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    throw new AppError("forbidden", "The customer has not allowed direct environment access on this ticket.");
  }
  const cluster = await db.cluster.findUniqueOrThrow({
    where: { id: parsed.data.clusterId },
    select: {
      id: true,
      name: true,
      status: true,
      region: true,
      managedResourceGroup: true,
      kubernetesVersion: true,
      nodeImageVersion: true,
      operatorVersion: true,
      agentVersion: true,
      grafanaVersion: true,
      lastError: true,
      org: { select: { id: true, name: true } },
      components: { orderBy: [{ kind: "asc" }, { name: "asc" }], select: { kind: true, name: true, state: true, version: true, lastError: true, checkedAt: true } },
      environments: { orderBy: { name: "asc" }, take: 50, select: { name: true, plan: true, instances: true, state: true, runtimeVersion: true } },
      operations: { orderBy: { createdAt: "desc" }, take: 20, select: { id: true, kind: true, status: true, error: true, createdAt: true, finishedAt: true } },
    },
  });
  const purpose = `ticket #${ticket.number}`;
  await recordAudit(db, {
    orgId: ticket.orgId,
    actor,
    actorKind: "STAFF",
    action: "staff.view-diagnostics",
    targetType: "cluster",
    targetId: cluster.id,
    purpose,
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
  return {
    ticket,
    purpose,
    cluster: {
      ...cluster,
      lastError: redactSecrets(cluster.lastError),
      components: cluster.components.map((component) => ({ ...component, lastError: redactSecrets(component.lastError) })),
      operations: cluster.operations.map((operation) => ({ ...operation, error: redactSecrets(operation.error) })),
    },
  };
}
