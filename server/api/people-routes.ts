import "server-only";
import { NextResponse } from "next/server";
import { db } from "../db";
import { changeMemberRole } from "../domain/people/change-member-role";
import { invitePerson } from "../domain/people/invite-person";
import { listInvitations, listPeople } from "../domain/people/list-people";
import { removeMember } from "../domain/people/remove-member";
import { resendInvitation } from "../domain/people/resend-invitation";
import { revokeInvitation } from "../domain/people/revoke-invitation";
import type { InvitationDeps } from "../domain/people/send-invitation";
import { env } from "../env";
import { configuredMailer } from "../mail/mailer";
import { apiRoute, readJson } from "./route";

/** Links point at PORTAL_URL, else at the address this request came to. */
function invitationDeps(request: Request): InvitationDeps {
  return { baseUrl: env().PORTAL_URL ?? new URL(request.url).origin, mailer: configuredMailer() };
}

const query = (request: Request) => Object.fromEntries(new URL(request.url).searchParams);

/** Members and invitations of one organisation: members read, owners change (checked in each use case). */
export const peopleRoutes = {
  members: apiRoute<{ orgId: string }>(async ({ request, actor, params }) => NextResponse.json(await listPeople(db(), actor, params.orgId, query(request)))),
  changeRole: apiRoute<{ orgId: string; userId: string }>(async ({ request, actor, params }) =>
    NextResponse.json(await changeMemberRole(db(), actor, params.orgId, params.userId, await readJson(request))),
  ),
  remove: apiRoute<{ orgId: string; userId: string }>(async ({ actor, params }) => {
    await removeMember(db(), actor, params.orgId, params.userId);
    return new NextResponse(null, { status: 204 });
  }),
  invitations: apiRoute<{ orgId: string }>(async ({ request, actor, params }) => NextResponse.json(await listInvitations(db(), actor, params.orgId, query(request)))),
  invite: apiRoute<{ orgId: string }>(async ({ request, actor, params }) =>
    NextResponse.json(await invitePerson(db(), actor, params.orgId, await readJson(request), invitationDeps(request)), { status: 201 }),
  ),
  resend: apiRoute<{ orgId: string; invitationId: string }>(async ({ request, actor, params }) =>
    NextResponse.json(await resendInvitation(db(), actor, params.orgId, params.invitationId, invitationDeps(request))),
  ),
  revoke: apiRoute<{ orgId: string; invitationId: string }>(async ({ actor, params }) => {
    await revokeInvitation(db(), actor, params.orgId, params.invitationId);
    return new NextResponse(null, { status: 204 });
  }),
};
