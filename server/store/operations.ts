import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { canStaff, type Actor } from "../auth/permissions";
import type { DbOrTx } from "../db";
import { notFound } from "../errors";
import { clusterScope } from "./clusters";

export interface OperationStep {
  name: string;
  status: "pending" | "running" | "succeeded" | "failed" | "skipped";
  detail?: string;
  startedAt?: string;
  finishedAt?: string;
}

const ZId = z.string().uuid();

function operationScope(actor: Actor): Prisma.OperationWhereInput {
  const orgIds = actor.memberships.map((membership) => membership.orgId);
  // Their own requests stay readable after the cluster is hidden (an off-boarding followed to its end).
  const own: Prisma.OperationWhereInput = { orgId: { in: orgIds }, OR: [{ clusterId: null }, { cluster: clusterScope(actor) }, { requestedById: actor.userId }] };
  // Provider staff see the operations they started themselves (releases, emergency updates).
  return canStaff(actor, "manage:releases") ? { OR: [own, { requestedById: actor.userId }] } : own;
}

export async function getOperation(db: DbOrTx, actor: Actor, operationId: string) {
  if (!ZId.safeParse(operationId).success) throw notFound("Operation");
  const operation = await db.operation.findFirst({ where: { AND: [{ id: operationId }, operationScope(actor)] } });
  if (!operation) throw notFound("Operation");
  return operation;
}

export async function listClusterOperations(db: DbOrTx, actor: Actor, clusterId: string, take = 10) {
  return db.operation.findMany({
    where: { AND: [{ clusterId }, operationScope(actor)] },
    orderBy: { createdAt: "desc" },
    take,
    include: { requestedBy: { select: { name: true, email: true } } },
  });
}

export function operationView(operation: {
  id: string;
  kind: string;
  status: string;
  steps: Prisma.JsonValue;
  error: Prisma.JsonValue;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  targetType: string;
  targetId: string;
}) {
  const steps = (Array.isArray(operation.steps) ? operation.steps : []) as unknown as OperationStep[];
  const done = steps.filter((step) => step.status === "succeeded" || step.status === "skipped").length;
  return {
    id: operation.id,
    kind: operation.kind,
    status: operation.status,
    target: { type: operation.targetType, id: operation.targetId },
    progress: steps.length ? Math.round((done / steps.length) * 100) : operation.status === "SUCCEEDED" ? 100 : 0,
    steps,
    error: operation.error,
    createdAt: operation.createdAt.toISOString(),
    startedAt: operation.startedAt?.toISOString() ?? null,
    finishedAt: operation.finishedAt?.toISOString() ?? null,
  };
}
