import "server-only";
import { ZRolloutAction } from "@/lib/releases";
import { recordAudit } from "../../audit/record";
import { assertStaff, type Actor } from "../../auth/permissions";
import type { Db } from "../../db";
import { AppError, notFound } from "../../errors";
import { parseInput } from "../../validate";
import { z } from "zod";

/**
 * Pauses or resumes a rollout. While paused no update of the release starts (running ones
 * finish); updates that missed their window meanwhile move to the next one.
 */
export async function setRolloutPaused(db: Db, actor: Actor, releaseId: string, input: unknown, now = new Date()) {
  assertStaff(actor, "manage:releases");
  const { action } = parseInput(ZRolloutAction, input);
  if (!z.string().uuid().safeParse(releaseId).success) throw notFound("Release");
  const release = await db.release.findUnique({ where: { id: releaseId } });
  if (!release) throw notFound("Release");
  if (release.status !== "ROLLING_OUT") throw new AppError("conflict", `Release ${release.version} is not rolling out.`);
  const pausedAt = action === "pause" ? (release.pausedAt ?? now) : null;
  await db.release.update({ where: { id: release.id }, data: { pausedAt } });
  await recordAudit(db, { actor, action: `release.${action}`, targetType: "release", targetId: release.id, before: { paused: release.pausedAt !== null }, after: { version: release.version, paused: pausedAt !== null } });
  return { id: release.id, version: release.version, paused: pausedAt !== null };
}
