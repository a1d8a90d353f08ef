"use server";

import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ORG_COOKIE } from "@/lib/org-cookie";
import { recordAudit } from "../audit/record";
import { currentActor } from "../auth/actor";
import { db } from "../db";
import { signOut } from "../auth/auth";
import { sessionClaims } from "../auth/session";
import { revokeAllSessions, revokeSession } from "../store/sessions";

const ZSwitchOrg = z.object({ orgId: z.string().uuid() });

/** Switches the current organisation; only to one the actor is a member of. */
export async function switchOrgAction(formData: FormData): Promise<void> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  const parsed = ZSwitchOrg.safeParse({ orgId: formData.get("orgId") });
  if (!parsed.success || !actor.memberships.some((membership) => membership.orgId === parsed.data.orgId)) {
    // Not one of the actor's organisations: keep the current one.
    redirect("/clusters");
  }
  (await cookies()).set(ORG_COOKIE, parsed.data.orgId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  redirect("/clusters");
}

async function endSession(everywhere: boolean): Promise<void> {
  const [actor, claims] = await Promise.all([currentActor(), sessionClaims()]);
  if (claims) {
    if (everywhere) await revokeAllSessions(db(), claims.userId);
    else await revokeSession(db(), claims.sessionId);
  }
  if (actor) {
    const orgIds = actor.memberships.length ? actor.memberships.map((membership) => membership.orgId) : [null];
    const action = everywhere ? "auth.sign-out-everywhere" : "auth.sign-out";
    await Promise.all(orgIds.map((orgId) => recordAudit(db(), { orgId, actor, action, targetType: "user", targetId: actor.userId })));
  }
  await signOut({ redirectTo: "/sign-in" });
}

/** Signs out this browser; its session ends on the server, so a copy of the cookie is worthless. */
export async function signOutAction(): Promise<void> {
  await endSession(false);
}

/** Ends every session of the user, on every device. */
export async function signOutEverywhereAction(): Promise<void> {
  await endSession(true);
}
