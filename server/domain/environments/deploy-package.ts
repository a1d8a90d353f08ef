import "server-only";
import type { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { z } from "zod";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { packageBlob, storePackage } from "../../environments/package-store";
import { hasMdaName } from "../../environments/package-rules";
import { environmentApplyJob } from "../../jobs/environment-apply";
import { findEnvironment } from "../../store/environments";
import { parseInput } from "../../validate";
import type { EnvironmentDeps } from "./deps";
import { dataTarget } from "./environment-target";
import { assertNoActiveOperation, queueEnvironmentOperation, SETTLED_STATES } from "./queue-environment-operation";

export const ZDeployQuery = z.object({
  fileName: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((value) => !value.includes("\0") && !/[/\\]/.test(value), "Give a file name without folders.")
    .nullable()
    .default(null),
});

/**
 * Deploys an .mda: the body streams into the cluster's storage account, the Mendix version is read
 * from the package itself (Mendix 10.10 or later, else refused with the service's message), then
 * the `environment.apply` job points the MendixApp at it and starts it.
 */
export async function deployPackage(db: Db, deps: EnvironmentDeps, actor: Actor, environmentId: string, body: WebReadableStream<Uint8Array> | Readable | null, query: { fileName?: string | null }) {
  const environment = await findEnvironment(db, actor, environmentId);
  assertCan(actor, "manage:environments", environment.orgId);
  const { fileName } = parseInput(ZDeployQuery, { fileName: query.fileName ?? null });
  const refused = async (error: AppError) => {
    await recordAudit(db, { orgId: environment.orgId, actor, action: "environment.deploy", targetType: "environment", targetId: environment.id, outcome: "DENIED", after: { fileName, reason: error.message } });
    return error;
  };
  if (!hasMdaName(fileName)) throw await refused(new AppError("invalid_input", "Only Mendix deployment packages (.mda) can be deployed.", { fileName: ["Choose an .mda file."] }));
  if (!body) throw new AppError("invalid_input", "The request has no package in its body.");
  if (!SETTLED_STATES.includes(environment.state)) throw new AppError("conflict", "Wait until the environment has finished its current change.");
  await assertNoActiveOperation(db, environment.id);

  const storage = await deps.dataPlane.storage(dataTarget(environment));
  let stored;
  try {
    stored = await storePackage(storage, environment.id, body);
  } catch (error) {
    throw error instanceof AppError ? await refused(error) : error;
  }
  const name = fileName ?? `${environment.name}_${stored.metadata.modelVersion}.mda`;
  try {
    const operation = await queueEnvironmentOperation(db, deps.boss, actor, environment, {
      kind: "environment.deploy",
      job: environmentApplyJob,
      input: { action: "deploy", package: { blobName: stored.blobName, fileName: name, runtimeVersion: stored.metadata.runtimeVersion.text, modelVersion: stored.metadata.modelVersion, size: stored.size } },
      from: SETTLED_STATES,
      to: "DEPLOYING",
      before: { packageName: environment.packageName, runtimeVersion: environment.runtimeVersion, modelVersion: environment.modelVersion },
      after: { packageName: name, runtimeVersion: stored.metadata.runtimeVersion.text, modelVersion: stored.metadata.modelVersion, size: stored.size },
    });
    return { operation, package: { fileName: name, runtimeVersion: stored.metadata.runtimeVersion.text, modelVersion: stored.metadata.modelVersion, size: stored.size } };
  } catch (error) {
    await packageBlob(storage, stored.blobName).deleteIfExists().catch(() => undefined);
    throw error;
  }
}
