import "server-only";
import { runOperation } from "../../jobs/operation-runner";
import type { JobContext } from "../../jobs/types";
import { removeSnapshot } from "./remove-snapshot";

export async function runSnapshotDeletion(ctx: JobContext, operationId: string) {
  const operation = await ctx.db.operation.findUniqueOrThrow({ where: { id: operationId } });
  const snapshotId = (operation.input as { snapshotId: string }).snapshotId;
  await runOperation(ctx.db, operationId, async (tracker) => {
    await tracker.step("Delete the archive and the snapshot", () => removeSnapshot(ctx.db, ctx.dataPlane, snapshotId));
    return { snapshotId };
  });
}
