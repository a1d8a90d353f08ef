import "server-only";
import { randomUUID } from "node:crypto";
import { Prisma } from "@/generated/prisma/client";
import { ZCreateEnvironment } from "@/lib/environments";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { dataNamesFor } from "../../environments/data-plane-names";
import { AppError } from "../../errors";
import { startOperation } from "../../jobs/enqueue";
import { environmentCreateJob } from "../../jobs/environment-create";
import { findEnvironmentCluster } from "../../store/environments";
import { parseInput } from "../../validate";
import type { EnvironmentDeps } from "./deps";
import { environmentEntitlement, freePeriodEnd } from "./entitlement";
import { appHost } from "./environment-target";

/**
 * Creates an environment in an initialized cluster's namespace (manager or owner): checked against
 * the organisation's trial or cloud tokens, then the `environment.create` job provisions its
 * database and files and writes its MendixApp.
 */
export async function createEnvironment(db: Db, deps: EnvironmentDeps, actor: Actor, clusterId: string, input: unknown) {
  const cluster = await findEnvironmentCluster(db, actor, clusterId);
  assertCan(actor, "manage:environments", cluster.orgId);
  const { name, plan } = parseInput(ZCreateEnvironment, input);
  if (cluster.status !== "INITIALIZED" || !cluster.namespace) throw new AppError("conflict", "Environments can be created once the cluster is initialized.");
  const now = deps.now ?? new Date();
  const id = randomUUID();
  const names = dataNamesFor(id);
  const url = appHost(name, cluster.appDomain);

  const environment = await db.$transaction(async (tx) => {
    // One creation at a time per organisation, so two requests cannot both spend the last tokens.
    await tx.$queryRaw`SELECT id FROM organizations WHERE id = ${cluster.orgId}::uuid FOR UPDATE`;
    const org = await tx.organization.findUniqueOrThrow({ where: { id: cluster.orgId } });
    const verdict = environmentEntitlement(org, await tx.environment.count({ where: { orgId: org.id } }), now);
    if (!verdict.allowed) return verdict;
    try {
      return await tx.environment.create({
        data: { id, orgId: cluster.orgId, clusterId: cluster.id, namespaceId: cluster.namespace!.id, name, plan, instances: 1, state: "CREATING", ...names, url: url ? `https://${url}` : null, freeUntil: freePeriodEnd(now) },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("conflict", `An environment named ${name} already exists in this cluster.`, { name: ["This name is taken."] });
      throw error;
    }
  });
  if ("allowed" in environment) {
    await recordAudit(db, { orgId: cluster.orgId, actor, action: "environment.create", targetType: "cluster", targetId: cluster.id, outcome: "DENIED", after: { name, plan, reason: environment.reason } });
    throw new AppError("conflict", environment.reason);
  }
  try {
    const operation = await startOperation(db, deps.boss, environmentCreateJob, actor, {
      kind: "environment.create",
      orgId: cluster.orgId,
      clusterId: cluster.id,
      environmentId: environment.id,
      targetType: "environment",
      targetId: environment.id,
      input: { name, plan },
    });
    await recordAudit(db, { orgId: cluster.orgId, actor, action: "environment.create", targetType: "environment", targetId: environment.id, after: { name, plan, freeUntil: environment.freeUntil?.toISOString() ?? null, operationId: operation.id } });
    return { operation, environment };
  } catch (error) {
    await db.environment.delete({ where: { id: environment.id } });
    throw error;
  }
}
