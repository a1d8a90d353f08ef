import "server-only";
import { z } from "zod";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { recordAudit } from "../../audit/record";
import type { Actor } from "../../auth/permissions";
import type { DbOrTx } from "../../db";
import { forgetUserSessions } from "../../store/session-cache";

export const ZLanguageChoice = z.object({ locale: z.enum(LOCALES) });

/**
 * Stores the person's own language (their sessions' cached actors are dropped, so every page
 * follows at once). Audited in each of their organisations, from → to.
 */
export async function chooseLanguage(db: DbOrTx, actor: Actor, locale: Locale): Promise<void> {
  const before = await db.user.findUnique({ where: { id: actor.userId }, select: { locale: true } });
  if (!before) return;
  await db.user.update({ where: { id: actor.userId }, data: { locale } });
  forgetUserSessions(actor.userId);
  const orgIds = actor.memberships.length ? actor.memberships.map((membership) => membership.orgId) : [null];
  await Promise.all(
    orgIds.map((orgId) =>
      recordAudit(db, { orgId, actor, action: "user.choose-language", targetType: "user", targetId: actor.userId, before: { locale: before.locale }, after: { locale } }),
    ),
  );
}
