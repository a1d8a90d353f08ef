import { NextResponse, type NextRequest } from "next/server";
import { activityCsvStream } from "@/features/activity/activity-csv";
import { parseActivityParams } from "@/features/activity/activity-params";
import { currentOrg } from "@/features/shell/current-org";
import { activityCatalogue } from "@/lib/i18n/catalogues/messages-activity";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";
import { texts } from "@/server/i18n/texts";
import { currentActor } from "@/server/auth/actor";
import { can } from "@/server/auth/permissions";
import { db } from "@/server/db";

/** The activity log of the current organisation as CSV, with the page's filters and rights. */
export async function GET(request: NextRequest) {
  const actor = await currentActor();
  if (!actor) return NextResponse.redirect(new URL(`/sign-in?callbackUrl=${encodeURIComponent("/activity")}`, request.url));
  const org = await currentOrg(actor);
  if (!org || !can(actor, "read:activity", org.orgId)) return new NextResponse("Not found", { status: 404 });
  const query = parseActivityParams(Object.fromEntries(request.nextUrl.searchParams));
  const { activityMessages, AUDIT_ACTION_LABEL } = await texts(activityCatalogue);
  const { operationKind } = (await texts(statusCatalogue)).statusMessages;
  const body = await activityCsvStream(db(), actor, org.orgId, query, { activityMessages, AUDIT_ACTION_LABEL, operationKind });
  const fileName = activityMessages.csv.fileName(org.orgName, new Date().toISOString().slice(0, 10));
  return new NextResponse(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "cache-control": "no-store",
    },
  });
}
