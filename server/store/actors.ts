import "server-only";
import { isLocale } from "@/lib/i18n/locales";
import type { DbOrTx } from "../db";
import type { Actor } from "../auth/permissions";

/** What an Actor is built from: the user with its memberships and their organisations' names. */
export const ACTOR_INCLUDE = { memberships: { include: { org: { select: { name: true } } }, orderBy: { createdAt: "asc" } } } as const;

interface ActorUser {
  id: string;
  email: string;
  name: string;
  staffRole: Actor["staffRole"];
  timeZone: string;
  locale: string | null;
  memberships: { orgId: string; role: Actor["memberships"][number]["role"]; org: { name: string } }[];
}

export function actorOf(user: ActorUser): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    staffRole: user.staffRole,
    timeZone: user.timeZone,
    locale: isLocale(user.locale) ? user.locale : null,
    memberships: user.memberships.map((membership) => ({ orgId: membership.orgId, orgName: membership.org.name, role: membership.role })),
  };
}

/** The actor of an enabled user (tests, scripts and jobs; requests go through their session). */
export async function loadActor(database: DbOrTx, userId: string): Promise<Actor | null> {
  const user = await database.user.findUnique({ where: { id: userId }, include: ACTOR_INCLUDE });
  return user && !user.disabledAt ? actorOf(user) : null;
}
