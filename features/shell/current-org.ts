import "server-only";
import { cookies } from "next/headers";
import type { Actor, OrgMembership } from "@/server/auth/permissions";
import { ORG_COOKIE } from "@/lib/org-cookie";

/** The organisation the actor is working in: the cookie's, if it is one of theirs, else their first. */
export async function currentOrg(actor: Actor): Promise<OrgMembership | null> {
  const chosen = (await cookies()).get(ORG_COOKIE)?.value;
  return actor.memberships.find((membership) => membership.orgId === chosen) ?? actor.memberships[0] ?? null;
}
