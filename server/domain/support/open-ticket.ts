import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ZOpenTicket } from "@/lib/support-schemas";
import { parseInput } from "../../validate";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { getCluster } from "../../store/clusters";
import { collectRecentLogs } from "../../support/recent-logs";
import { pushTicket, tryPush } from "../../support/desk-sync";
import { firstResponseDue } from "@/lib/sla";
import { resolveDeps, type SupportDeps } from "./support-deps";

/**
 * A customer opens a ticket on one of their organisation's clusters they can see. With their
 * consent the cluster's recent logs are attached (without secrets) and staff may look at the
 * cluster's diagnostics while the ticket is open; the first-response due time is set from the
 * severity, and the ticket is mirrored to the external desk when there is one.
 */
export async function openTicket(db: Db, actor: Actor, rawInput: unknown, deps?: SupportDeps) {
  // Tickets are opened by members of an organisation; provider staff answer them.
  if (actor.memberships.length === 0) throw new AppError("forbidden", "Only members of an organisation open tickets.");
  const input = parseInput(ZOpenTicket, rawInput);
  const { now, calendar, desk } = resolveDeps(deps);
  const cluster = await getCluster(db, actor, input.clusterId);
  assertCan(actor, "create:ticket", cluster.orgId);
  if (input.environmentId && !(await db.environment.findFirst({ where: { id: input.environmentId, clusterId: cluster.id } }))) {
    throw new AppError("invalid_input", "The request is not valid.", { environmentId: ["Choose an environment of the cluster."] });
  }
  // The logs travel only with the opener's consent (shareLogs).
  const logs = input.shareLogs ? await collectRecentLogs(db, cluster.id, { environmentId: input.environmentId, now }) : null;
  const ticket = await db.$transaction(async (tx) => {
    const created = await tx.ticket.create({
      data: {
        orgId: cluster.orgId,
        clusterId: cluster.id,
        environmentId: input.environmentId,
        subject: input.subject,
        description: input.description,
        severity: input.severity,
        createdById: actor.userId,
        logs: logs ? (logs as unknown as Prisma.InputJsonValue) : undefined,
        shareLogs: input.shareLogs,
        environmentAccess: input.environmentAccess,
        firstResponseDueAt: firstResponseDue(input.severity, now, calendar),
        lastActivityAt: now,
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      orgId: cluster.orgId,
      actor,
      action: "ticket.open",
      targetType: "ticket",
      targetId: created.id,
      after: { number: created.number, subject: created.subject, severity: created.severity, clusterId: cluster.id, shareLogs: input.shareLogs, environmentAccess: input.environmentAccess },
    });
    return created;
  });
  if (desk) await tryPush(`create ticket #${ticket.number}`, () => pushTicket(db, desk, ticket.id));
  return db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
}
