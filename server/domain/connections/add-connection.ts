import "server-only";
import { randomUUID } from "node:crypto";
import type PgBoss from "pg-boss";
import { ZAddConnection } from "@/lib/connections";
import { connectionMessages as t } from "@/lib/messages-connections";
import { recordAudit } from "../../audit/record";
import { can, type Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { startOrJoinOperation } from "../../jobs/enqueue";
import { connectionAddJob } from "../../jobs/connection-add";
import { findSubscriptionConnection } from "../../store/connections";
import { parseInput } from "../../validate";
import { assertConnectionOwner } from "./connection-access";
import type { AddOperationInput } from "./run-connection-operations";

/**
 * POST /connections: an owner connects a subscription. Validated, refused when the subscription is
 * connected already (here or to another organisation), then the `connection.add` operation checks
 * the subscription in Azure, registers the connection and discovers its clusters.
 */
export async function addConnection(db: Db, boss: PgBoss, actor: Actor, input: unknown) {
  // Someone who owns no organisation is refused before their input is read.
  if (!actor.memberships.some((m) => can(actor, "manage:connections", m.orgId))) throw new AppError("forbidden", t.ownerOnly);
  const body = parseInput(ZAddConnection, input);
  await assertConnectionOwner(db, actor, body.orgId, "connection.add");
  const refuse = async (error: AppError) => {
    await recordAudit(db, { orgId: body.orgId, actor, action: "connection.add.refused", targetType: "subscription", targetId: body.subscriptionId, outcome: "DENIED", after: { reason: error.message } });
    throw error;
  };
  const existing = await findSubscriptionConnection(db, body.subscriptionId);
  if (existing.some((c) => c.orgId === body.orgId)) return refuse(new AppError("conflict", t.duplicate, { subscriptionId: [t.duplicate] }));
  if (existing.length) return refuse(new AppError("conflict", t.connectedElsewhere, { subscriptionId: [t.connectedElsewhere] }));

  const connectionId = randomUUID();
  const operationInput: AddOperationInput = { connectionId, tenantId: body.tenantId, subscriptionId: body.subscriptionId, displayName: body.displayName };
  // One add per subscription at a time, whoever asks: a second request while one runs is a duplicate.
  const { operation, joined } = await startOrJoinOperation(db, boss, connectionAddJob, actor, {
    kind: connectionAddJob.name,
    orgId: body.orgId,
    targetType: "connection",
    targetId: connectionId,
    input: operationInput,
    exclusiveKey: `connection.add:${body.subscriptionId}`,
  });
  if (joined) return refuse(new AppError("conflict", t.duplicate, { subscriptionId: [t.duplicate] }));
  await recordAudit(db, {
    orgId: body.orgId,
    actor,
    action: "connection.add",
    targetType: "connection",
    targetId: connectionId,
    after: { tenantId: body.tenantId, subscriptionId: body.subscriptionId, displayName: body.displayName, operationId: operation.id },
  });
  return { operation, connectionId };
}
