import "server-only";
import type { DbOrTx } from "../../db";

/** Sets the breach flag on tickets whose first response is overdue (the periodic SLA job). */
export async function markBreachedTickets(db: DbOrTx, now = new Date()): Promise<number> {
  const result = await db.ticket.updateMany({
    where: { breachedAt: null, firstRespondedAt: null, firstResponseDueAt: { lt: now }, status: { notIn: ["SOLVED", "CLOSED"] } },
    data: { breachedAt: now },
  });
  return result.count;
}
