import "server-only";
import { assertCan, type Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { environmentApplyJob } from "../../jobs/environment-apply";
import { findEnvironment } from "../../store/environments";
import type { EnvironmentDeps } from "./deps";
import { queueEnvironmentOperation } from "./queue-environment-operation";

/** Stops a running (or failed) environment; its instance count is kept for the next start. */
export async function stopEnvironment(db: Db, deps: EnvironmentDeps, actor: Actor, environmentId: string) {
  const environment = await findEnvironment(db, actor, environmentId);
  assertCan(actor, "manage:environments", environment.orgId);
  if (environment.state === "STOPPED") throw new AppError("conflict", "The environment is already stopped.");
  return queueEnvironmentOperation(db, deps.boss, actor, environment, {
    kind: "environment.stop",
    job: environmentApplyJob,
    input: { action: "stop" },
    from: ["RUNNING", "FAILED"],
    to: "STOPPING",
    before: { state: environment.state },
    after: { state: "STOPPED" },
  });
}
