import "server-only";
import type PgBoss from "pg-boss";
import type { Actor } from "../../auth/permissions";
import type { DbOrTx } from "../../db";
import { startOperation } from "../../jobs/enqueue";
import type { JobDefinition } from "../../jobs/types";

/** Queues the operation that works on one snapshot of an environment (take, validate, delete, restore, drill). */
export function startSnapshotOperation(
  db: DbOrTx,
  boss: PgBoss,
  job: JobDefinition<{ operationId: string }>,
  actor: Actor | null,
  kind: string,
  environment: { id: string; orgId: string; clusterId: string },
  snapshotId: string,
) {
  return startOperation(db, boss, job, actor, {
    kind,
    orgId: environment.orgId,
    clusterId: environment.clusterId,
    environmentId: environment.id,
    targetType: "snapshot",
    targetId: snapshotId,
    input: { snapshotId },
  });
}
