import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "../../audit/record";
import type { DbOrTx } from "../../db";
import { collectRecentLogs } from "../../support/recent-logs";
import { pushTicket, tryPush } from "../../support/desk-sync";
import { notifyUsers } from "../../store/notifications";
import { firstResponseDue } from "@/lib/sla";
import { resolveDeps, type SupportDeps } from "./support-deps";

export interface AutomaticTicketInput {
  clusterId: string;
  subject: string;
  description: string;
}

/**
 * A ticket the portal opens itself (e.g. initialization failed again after a rerun): severity
 * High, logs attached, shown as created by "System"; the organisation's owners are told.
 * Called by jobs, so there is no actor and no permission check. Takes the client or a transaction;
 * the Zendesk push is left to the sync job when called inside a transaction.
 */
export async function openAutomaticTicket(db: DbOrTx, input: AutomaticTicketInput, deps?: SupportDeps) {
  const { now, calendar, desk } = resolveDeps(deps);
  const cluster = await db.cluster.findUniqueOrThrow({ where: { id: input.clusterId }, select: { id: true, orgId: true, name: true } });
  const logs = await collectRecentLogs(db, cluster.id, { now });
  // Callers may already be inside a transaction (e.g. a job recording the failed rerun).
  const inTransaction = <T,>(work: (tx: DbOrTx) => Promise<T>) => ("$transaction" in db ? db.$transaction((tx) => work(tx)) : work(db));
  const ticket = await inTransaction(async (tx) => {
    const created = await tx.ticket.create({
      data: {
        orgId: cluster.orgId,
        clusterId: cluster.id,
        subject: input.subject.trim().slice(0, 200),
        description: input.description.trim().slice(0, 20_000),
        severity: "HIGH",
        createdBySystem: true,
        logs: logs as unknown as Prisma.InputJsonValue,
        // The support policy attaches the logs of a failed rerun; environment access needs a person's consent.
        shareLogs: true,
        firstResponseDueAt: firstResponseDue("HIGH", now, calendar),
        lastActivityAt: now,
        createdAt: now,
      },
    });
    await recordAudit(tx, {
      orgId: cluster.orgId,
      actorKind: "SYSTEM",
      action: "ticket.open-automatic",
      targetType: "ticket",
      targetId: created.id,
      after: { number: created.number, subject: created.subject, severity: created.severity, clusterId: cluster.id },
    });
    const owners = await tx.membership.findMany({ where: { orgId: cluster.orgId, role: "OWNER" }, select: { userId: true } });
    await notifyUsers(tx, {
      userIds: owners.map((owner) => owner.userId),
      ticketId: created.id,
      kind: "ticket.opened",
      message: `Support ticket #${created.number} was opened automatically for ${cluster.name}: ${created.subject}`,
    });
    return created;
  });
  if (desk && "$transaction" in db) await tryPush(`create ticket #${ticket.number}`, () => pushTicket(db, desk, ticket.id));
  return db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
}
