import "server-only";
import { ZScaleEnvironment } from "@/lib/environment-schemas";
import { assertCan, type Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { environmentApplyJob } from "../../jobs/environment-apply";
import { findEnvironment } from "../../store/environments";
import { parseInput } from "../../validate";
import type { EnvironmentDeps } from "./deps";
import { queueEnvironmentOperation, SETTLED_STATES } from "./queue-environment-operation";

/** Sets the number of instances (0–10); a running environment runs that many, a stopped one starts with them. */
export async function scaleEnvironment(db: Db, deps: EnvironmentDeps, actor: Actor, environmentId: string, input: unknown) {
  const environment = await findEnvironment(db, actor, environmentId);
  assertCan(actor, "manage:environments", environment.orgId);
  const { instances } = parseInput(ZScaleEnvironment, input);
  return queueEnvironmentOperation(db, deps.boss, actor, environment, {
    kind: "environment.scale",
    job: environmentApplyJob,
    input: { action: "scale", instances, running: environment.state === "RUNNING" },
    from: SETTLED_STATES,
    data: { instances },
    before: { instances: environment.instances },
    after: { instances },
  });
}
