import "server-only";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";

/** Solved tickets without a reply for `days` days become Closed (the daily job). */
export async function closeSolvedTickets(db: Db, days: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const due = await db.ticket.findMany({
    where: { status: "SOLVED", lastActivityAt: { lte: cutoff }, OR: [{ solvedAt: null }, { solvedAt: { lte: cutoff } }] },
    select: { id: true, orgId: true },
    take: 500,
  });
  let closed = 0;
  for (const ticket of due) {
    await db.$transaction(async (tx) => {
      const result = await tx.ticket.updateMany({ where: { id: ticket.id, status: "SOLVED" }, data: { status: "CLOSED", closedAt: now } });
      if (result.count === 0) return;
      closed++;
      await recordAudit(tx, {
        orgId: ticket.orgId,
        actorKind: "SYSTEM",
        action: "ticket.auto-close",
        targetType: "ticket",
        targetId: ticket.id,
        before: { status: "SOLVED" },
        after: { status: "CLOSED" },
        purpose: `no reply for ${days} days`,
      });
    });
  }
  return closed;
}
