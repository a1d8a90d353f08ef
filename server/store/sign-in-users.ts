import "server-only";
import type { DbOrTx } from "../db";

/** The account an e-mail address belongs to (case-insensitively), with its organisations' slugs. */
export async function findUserByEmail(db: DbOrTx, email: string) {
  return db.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    select: { id: true, email: true, name: true, staffRole: true, disabledAt: true, memberships: { select: { orgId: true, org: { select: { slug: true } } } } },
  });
}

/** Records a successful sign-in, and the Azure principal the identity provider named if the account has none yet. */
export async function markSignedIn(db: DbOrTx, userId: string, at: Date, azurePrincipalId?: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: at } });
  if (azurePrincipalId) await db.user.updateMany({ where: { id: userId, azurePrincipalId: null }, data: { azurePrincipalId } });
}

/** The ids of the organisations with these slugs (at most the number of slugs given). */
export async function findOrgIdsBySlug(db: DbOrTx, slugs: string[]): Promise<string[]> {
  const orgs = await db.organization.findMany({ where: { slug: { in: slugs } }, select: { id: true }, take: slugs.length });
  return orgs.map((org) => org.id);
}
