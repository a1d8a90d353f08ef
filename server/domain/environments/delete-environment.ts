import "server-only";
import { z } from "zod";
import { assertCan, type Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { environmentDeleteJob } from "../../jobs/environment-delete";
import { findEnvironment } from "../../store/environments";
import { parseInput } from "../../validate";
import { zText } from "@/lib/text";
import type { EnvironmentDeps } from "./deps";
import { queueEnvironmentOperation, SETTLED_STATES } from "./queue-environment-operation";

export const ZDeleteEnvironment = z.object({
  confirm: zText(100),
});

/** Deletes an environment with its database and files; the caller types its name to confirm. */
export async function deleteEnvironment(db: Db, deps: EnvironmentDeps, actor: Actor, environmentId: string, input: unknown) {
  const environment = await findEnvironment(db, actor, environmentId);
  assertCan(actor, "manage:environments", environment.orgId);
  const { confirm } = parseInput(ZDeleteEnvironment, input);
  if (confirm !== environment.name) throw new AppError("invalid_input", "Type the environment's name to confirm.", { confirm: [`Type ${environment.name} to confirm.`] });
  return queueEnvironmentOperation(db, deps.boss, actor, environment, {
    kind: "environment.delete",
    job: environmentDeleteJob,
    input: { name: environment.name },
    from: SETTLED_STATES,
    to: "DELETING",
    before: { name: environment.name, state: environment.state, databaseName: environment.databaseName, filesContainer: environment.filesContainer },
    after: { state: "DELETED" },
  });
}
