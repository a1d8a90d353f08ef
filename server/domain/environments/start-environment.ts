import "server-only";
import { assertCan, type Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { environmentApplyJob } from "../../jobs/environment-apply";
import { findEnvironment } from "../../store/environments";
import type { EnvironmentDeps } from "./deps";
import { queueEnvironmentOperation } from "./queue-environment-operation";

/** Starts a stopped (or failed) environment with its instance count (at least one). */
export async function startEnvironment(db: Db, deps: EnvironmentDeps, actor: Actor, environmentId: string) {
  const environment = await findEnvironment(db, actor, environmentId);
  assertCan(actor, "manage:environments", environment.orgId);
  if (!environment.packageBlob) throw new AppError("conflict", "Deploy a package before starting the environment.");
  if (environment.state === "RUNNING") throw new AppError("conflict", "The environment is already running.");
  return queueEnvironmentOperation(db, deps.boss, actor, environment, {
    kind: "environment.start",
    job: environmentApplyJob,
    input: { action: "start" },
    from: ["STOPPED", "FAILED"],
    to: "STARTING",
    before: { state: environment.state },
    after: { state: "RUNNING", instances: Math.max(environment.instances, 1) },
  });
}
