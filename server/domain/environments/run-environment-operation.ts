import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "../../audit/record";
import type { Tx } from "../../db";
import { kubernetesFor, toKubeFailure, type MendixApps } from "../../kubernetes/client";
import { isSettled, mendixAppBody, settledState, type MendixAppObject } from "../../kubernetes/mendix-app";
import { deletePackages, packageBlob } from "../../environments/package-store";
import { OperationFailure, runOperation, type StepTracker } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";
import { appHost, dataTarget, kubeCluster } from "./environment-target";

// The worker's side of every environment operation. Each step is safe to run again (a worker that
// died mid-way resumes): provisioning is idempotent, the MendixApp is read before it is written and
// a merge patch of the same spec changes nothing, and waiting re-reads the operator's status.

export const ZEnvironmentApplyInput = z.discriminatedUnion("action", [
  z.object({ action: z.literal("deploy"), package: z.object({ blobName: z.string(), fileName: z.string(), runtimeVersion: z.string(), modelVersion: z.string(), size: z.number() }) }),
  z.object({ action: z.literal("start") }),
  z.object({ action: z.literal("stop") }),
  z.object({ action: z.literal("scale"), instances: z.number().int(), running: z.boolean() }),
]);

export const STEP = {
  data: "Database and files",
  namespace: "Namespace",
  app: "Mendix app resource",
  operator: "Mendix Operator",
  package: "Deployment package",
} as const;

const include = { cluster: { include: { connection: true, namespace: true } } } as const;

async function loadEnvironment(ctx: JobContext, operationId: string) {
  const operation = await ctx.db.operation.findUniqueOrThrow({ where: { id: operationId } });
  const environment = await ctx.db.environment.findUnique({ where: { id: operation.targetId }, include });
  if (!environment) throw new OperationFailure("EnvironmentGone", "The environment no longer exists.");
  const namespace = environment.cluster.namespace?.name;
  if (!namespace) throw new OperationFailure("NoNamespace", "The cluster has no namespace for environments.");
  const apps = kubernetesFor(ctx.azure).apps(kubeCluster(environment.cluster));
  const local = ctx.azure.clientsFor(environment.cluster.connection.subscriptionId).mode === "local";
  return { operation, environment, namespace, apps, timing: local ? { intervalMs: 50, timeoutMs: 2 * 60_000 } : { intervalMs: 5_000, timeoutMs: 30 * 60_000 } };
}

/** Turns Kubernetes errors into an operation failure the customer can read. */
async function kube<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof OperationFailure) throw error;
    const failure = toKubeFailure(error);
    throw new OperationFailure(`Kubernetes${failure.reason}`, failure.message);
  }
}

async function waitSettled(apps: MendixApps, namespace: string, name: string, timing: { intervalMs: number; timeoutMs: number }): Promise<MendixAppObject> {
  const deadline = Date.now() + timing.timeoutMs;
  for (;;) {
    const app = await kube(() => apps.get(namespace, name));
    if (!app) throw new OperationFailure("AppMissing", `The Mendix app ${name} is missing from the cluster.`);
    if (isSettled(app)) return app;
    if (Date.now() > deadline) throw new OperationFailure("OperatorTimeout", `The Mendix Operator did not finish with ${name} in time (phase ${app.status?.phase ?? "unknown"}).`);
    await new Promise((resolve) => setTimeout(resolve, timing.intervalMs));
  }
}

/** Records the operator's verdict (and what the app now runs) on the environment; a Failed app fails the operation. */
async function applyStatus(ctx: JobContext, environmentId: string, app: MendixAppObject, extra: Prisma.EnvironmentUpdateInput = {}) {
  const state = settledState(app);
  const lastError = state === "FAILED" ? { code: "AppFailed", message: app.status?.message || "The Mendix app failed." } : null;
  await ctx.db.environment.update({ where: { id: environmentId }, data: { state, lastError: lastError ?? Prisma.DbNull, ...extra } });
  if (lastError) throw new OperationFailure(lastError.code, lastError.message);
}

/** Marks the environment Failed when its operation failed (with the operation's outcome, in its transaction). */
async function onFailure(tx: Tx, operationId: string, failure: { code: string; message: string }) {
  const operation = await tx.operation.findUniqueOrThrow({ where: { id: operationId } });
  const environment = await tx.environment.findUnique({ where: { id: operation.targetId } });
  if (environment && environment.state !== "FAILED" && ["CREATING", "DEPLOYING", "STARTING", "STOPPING", "DELETING"].includes(environment.state)) {
    await tx.environment.update({ where: { id: environment.id }, data: { state: "FAILED", lastError: failure } });
  }
  await recordAudit(tx, { orgId: operation.orgId, actorKind: "SYSTEM", action: operation.kind, targetType: "environment", targetId: operation.targetId, outcome: "FAILURE", after: { operationId, error: failure } });
}

async function run(ctx: JobContext, operationId: string, body: (tracker: StepTracker) => Promise<Prisma.InputJsonValue | void>) {
  await runOperation(ctx.db, operationId, body, (tx, outcome) => (outcome.status === "FAILED" ? onFailure(tx, operationId, outcome.failure) : Promise.resolve()));
}

export function runCreateEnvironment(ctx: JobContext, operationId: string) {
  return run(ctx, operationId, async (tracker) => {
    const { environment, namespace, apps, timing } = await loadEnvironment(ctx, operationId);
    await tracker.plan([STEP.data, STEP.namespace, STEP.app, STEP.operator]);
    await tracker.step(STEP.data, () => ctx.dataPlane.provision(dataTarget(environment)));
    await tracker.step(STEP.namespace, () => kube(() => apps.ensureNamespace(namespace)));
    await tracker.step(STEP.app, async () => {
      if (await kube(() => apps.get(namespace, environment.name))) return;
      const body = mendixAppBody({ environmentId: environment.id, name: environment.name, plan: environment.plan, replicas: 0, appHost: appHost(environment.name, environment.cluster.appDomain), databaseName: environment.databaseName, filesContainer: environment.filesContainer });
      await kube(() => apps.create(namespace, body));
    });
    await tracker.step(STEP.operator, async () => applyStatus(ctx, environment.id, await waitSettled(apps, namespace, environment.name, timing)));
    return { environmentId: environment.id };
  });
}

export function runApplyEnvironment(ctx: JobContext, operationId: string) {
  return run(ctx, operationId, async (tracker) => {
    const { operation, environment, namespace, apps, timing } = await loadEnvironment(ctx, operationId);
    const input = ZEnvironmentApplyInput.parse(operation.input);
    await tracker.plan([STEP.app, STEP.operator]);
    const running = input.action === "deploy" || input.action === "start" || (input.action === "scale" && input.running);
    const replicas = running ? Math.max(environment.instances, input.action === "scale" ? 0 : 1) : 0;
    let source: { url: string; modelVersion: string; runtimeVersion: string } | undefined;
    if (input.action === "deploy") {
      const storage = await ctx.dataPlane.storage(dataTarget(environment));
      source = { url: packageBlob(storage, input.package.blobName).url, modelVersion: input.package.modelVersion, runtimeVersion: input.package.runtimeVersion };
    }
    await tracker.step(STEP.app, async () => {
      const restart = input.action === "deploy" || input.action === "start" ? { restartedBy: operationId } : {};
      const spec = { replicas, ...restart, ...(source ? { sourceURL: source.url, sourceVersion: source.modelVersion, mendixRuntimeVersion: source.runtimeVersion } : {}) };
      await kube(() => apps.patchSpec(namespace, environment.name, spec));
    });
    await tracker.step(STEP.operator, async () => {
      const app = await waitSettled(apps, namespace, environment.name, timing);
      const extra: Prisma.EnvironmentUpdateInput =
        input.action === "deploy"
          ? { packageName: input.package.fileName, packageBlob: input.package.blobName, runtimeVersion: input.package.runtimeVersion, modelVersion: input.package.modelVersion, instances: replicas }
          : input.action === "start"
            ? { instances: replicas }
            : {};
      await applyStatus(ctx, environment.id, app, extra);
    });
    if (input.action === "deploy" && environment.packageBlob && environment.packageBlob !== input.package.blobName) {
      // The previous package is no longer referenced by the app.
      const storage = await ctx.dataPlane.storage(dataTarget(environment));
      await packageBlob(storage, environment.packageBlob).deleteIfExists().catch(() => undefined);
    }
    return { action: input.action, replicas };
  });
}

export function runDeleteEnvironment(ctx: JobContext, operationId: string) {
  return run(ctx, operationId, async (tracker) => {
    const operation = await ctx.db.operation.findUniqueOrThrow({ where: { id: operationId } });
    // A worker that died right after removing the row: the environment is already gone.
    if (!(await ctx.db.environment.findUnique({ where: { id: operation.targetId }, select: { id: true } }))) return { environmentId: operation.targetId };
    const { environment, namespace, apps, timing } = await loadEnvironment(ctx, operationId);
    await tracker.plan([STEP.app, STEP.data, STEP.package]);
    await tracker.step(STEP.app, async () => {
      await kube(() => apps.delete(namespace, environment.name));
      const deadline = Date.now() + timing.timeoutMs;
      while (await kube(() => apps.get(namespace, environment.name))) {
        if (Date.now() > deadline) throw new OperationFailure("OperatorTimeout", `The Mendix Operator did not remove ${environment.name} in time.`);
        await new Promise((resolve) => setTimeout(resolve, timing.intervalMs));
      }
    });
    await tracker.step(STEP.data, () => ctx.dataPlane.destroy(dataTarget(environment)));
    await tracker.step(STEP.package, async () => deletePackages(await ctx.dataPlane.storage(dataTarget(environment)), environment.id));
    await ctx.db.environment.delete({ where: { id: environment.id } });
    return { environmentId: environment.id, name: environment.name };
  });
}
