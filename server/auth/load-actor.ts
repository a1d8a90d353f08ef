import "server-only";
import type { DbOrTx } from "../db";
import type { Actor } from "./permissions";

export async function loadActor(database: DbOrTx, userId: string): Promise<Actor | null> {
  const user = await database.user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { org: { select: { name: true } } }, orderBy: { createdAt: "asc" } } },
  });
  if (!user || user.disabledAt) return null;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    staffRole: user.staffRole,
    timeZone: user.timeZone,
    memberships: user.memberships.map((membership) => ({ orgId: membership.orgId, orgName: membership.org.name, role: membership.role })),
  };
}
