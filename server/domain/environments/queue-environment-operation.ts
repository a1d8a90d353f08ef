import "server-only";
import type PgBoss from "pg-boss";
import type { EnvironmentState, Prisma } from "@/generated/prisma/client";
import { statusMessages } from "@/lib/messages-status";
import type { Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { startOperation } from "../../jobs/enqueue";
import type { JobDefinition } from "../../jobs/types";

// The one path by which an environment changes: claim it (its state moves only from the states the
// change allows, so of two simultaneous requests exactly one wins), write the Operation and queue
// its job, and record who asked for what in the activity log.

/** States from which a change may start: not while the operator or another operation works on it. */
export const SETTLED_STATES: EnvironmentState[] = ["RUNNING", "STOPPED", "FAILED"];

export interface EnvironmentChange {
  /** Operation kind and audit action, e.g. "environment.start". */
  kind: string;
  job: JobDefinition<{ operationId: string }>;
  input: Prisma.InputJsonValue;
  from: EnvironmentState[];
  /** The state while the operation runs (unchanged when omitted). */
  to?: EnvironmentState;
  /** Other fields written with the claim (e.g. the desired instance count). */
  data?: Prisma.EnvironmentUpdateManyMutationInput;
  before: Prisma.InputJsonValue;
  after: Prisma.InputJsonValue;
}

export async function assertNoActiveOperation(db: Db, environmentId: string): Promise<void> {
  const active = await db.operation.count({ where: { environmentId, status: { in: ["QUEUED", "RUNNING"] } } });
  if (active > 0) throw new AppError("conflict", "Another operation is running on this environment. Wait until it has finished.");
}

export async function queueEnvironmentOperation(db: Db, boss: PgBoss, actor: Actor, environment: { id: string; orgId: string; clusterId: string; state: EnvironmentState }, change: EnvironmentChange) {
  await assertNoActiveOperation(db, environment.id);
  // Claim the environment, queue the operation and audit in one transaction: a claim never
  // outlives a failed queueing.
  const operation = await db.$transaction(async (tx) => {
    const claimed = await tx.environment.updateMany({
      where: { id: environment.id, state: { in: change.from } },
      data: { ...(change.to ? { state: change.to } : {}), ...change.data },
    });
    if (claimed.count === 0) return null;
    const started = await startOperation(tx, boss, change.job, actor, {
      kind: change.kind,
      orgId: environment.orgId,
      clusterId: environment.clusterId,
      environmentId: environment.id,
      targetType: "environment",
      targetId: environment.id,
      input: change.input,
    });
    await recordAudit(tx, { orgId: environment.orgId, actor, action: change.kind, targetType: "environment", targetId: environment.id, before: change.before, after: { ...(change.after as object), operationId: started.id } });
    return started;
  });
  if (operation) return operation;
  const current = await db.environment.findUnique({ where: { id: environment.id }, select: { state: true } });
  const state = statusMessages.environmentState[current?.state ?? environment.state];
  throw new AppError("conflict", `This is not possible while the environment is ${state.toLowerCase()}.`);
}
