"use server";

import "server-only";
import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { INVITATION_TOKEN_PATTERN } from "@/lib/invitations";
import { inviteMessages } from "@/lib/messages-people";
import { ORG_COOKIE } from "@/lib/org-cookie";
import { currentActor } from "../auth/actor";
import { signIn } from "../auth/auth";
import { db } from "../db";
import { acceptInvitationAsNewPerson } from "../domain/people/accept-invitation-as-new-person";
import { acceptInvitation } from "../domain/people/accept-invitation";
import { AppError } from "../errors";
import { log } from "../log";

export interface AcceptState {
  error: string | null;
  fields?: Record<string, string[]>;
}

const ZToken = z.string().regex(INVITATION_TOKEN_PATTERN);

async function enterOrg(orgId: string): Promise<void> {
  (await cookies()).set(ORG_COOKIE, orgId, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 365 });
}

function failure(error: unknown): AcceptState {
  if (error instanceof AppError) return { error: error.message, fields: error.fields };
  log.error("accepting an invitation failed", { err: error });
  return { error: "Something went wrong on our side. Try again." };
}

/** The signed-in person accepts an invitation to their own address, then works in that organisation. */
export async function acceptInvitationAction(_previous: AcceptState, formData: FormData): Promise<AcceptState> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  const token = ZToken.safeParse(formData.get("token"));
  if (!token.success) return { error: inviteMessages.unusable.unknown };
  let orgId: string;
  try {
    ({ orgId } = await acceptInvitation(db(), actor, token.data));
  } catch (error) {
    return failure(error);
  }
  await enterOrg(orgId);
  redirect("/clusters");
}

/** Someone new chooses a name and a password, becomes a member, and is signed in with that password. */
export async function createAccountAction(_previous: AcceptState, formData: FormData): Promise<AcceptState> {
  const token = ZToken.safeParse(formData.get("token"));
  if (!token.success) return { error: inviteMessages.unusable.unknown };
  const password = formData.get("password");
  let created: { email: string; orgId: string };
  try {
    created = await acceptInvitationAsNewPerson(db(), token.data, { name: formData.get("name"), password });
  } catch (error) {
    return failure(error);
  }
  await enterOrg(created.orgId);
  try {
    // On success this throws Next's redirect, which must propagate.
    await signIn("credentials", { email: created.email, password: String(password), redirectTo: "/clusters" });
  } catch (error) {
    if (error instanceof AuthError) redirect("/sign-in");
    throw error;
  }
  return { error: null };
}
