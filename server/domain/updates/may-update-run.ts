import "server-only";
import type { Db } from "../../db";

export interface UpdateGate {
  allowed: boolean;
  /** Why not, shown on the update when it is skipped. */
  reason?: string;
}

/**
 * mayClusterUpdateRun: the one place where, just before a scheduled update starts on a cluster,
 * the portal decides whether it may run. Today every update may. The JIT plan (PRODUCT.md §13)
 * hooks in here: only updates with an approved request will be allowed, the rest skipped with
 * the reason.
 */
export async function mayClusterUpdateRun(db: Db, update: { id: string; clusterId: string; releaseId: string }): Promise<UpdateGate> {
  void db;
  void update;
  return { allowed: true };
}
