import "server-only";
import { NextResponse } from "next/server";
import { ZConnectionListQuery } from "@/lib/connections";
import { connectionMessages as t } from "@/lib/messages-connections";
import { can } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import { addConnection } from "../domain/connections/add-connection";
import { assertConnectionOwner, findOwnedConnection } from "../domain/connections/connection-access";
import { disconnectConnection } from "../domain/connections/disconnect-connection";
import { rescanConnection } from "../domain/connections/rescan-connection";
import { sender } from "../jobs/boss";
import { connectionView, listConnections } from "../store/connections";
import { apiRoute, parseInput, readJson } from "./route";

/** The Azure connection routes of /api/v1: owners of the organisation only, every one checks. */
export const connectionRoutes = {
  list: apiRoute(async ({ request, actor }) => {
    const query = parseInput(ZConnectionListQuery, Object.fromEntries(new URL(request.url).searchParams));
    if (query.orgId) await assertConnectionOwner(db(), actor, query.orgId, "connection.list");
    const orgIds = query.orgId ? [query.orgId] : actor.memberships.filter((m) => can(actor, "manage:connections", m.orgId)).map((m) => m.orgId);
    if (orgIds.length === 0) throw new AppError("forbidden", t.ownerOnly);
    const page = await listConnections(db(), orgIds, query);
    return NextResponse.json({ items: page.items.map(connectionView), page: page.page, pageSize: page.pageSize, total: page.total });
  }),
  create: apiRoute(async ({ request, actor }) => {
    const { operation, connectionId } = await addConnection(db(), await sender(), actor, await readJson(request));
    return NextResponse.json({ operationId: operation.id, connectionId }, { status: 202 });
  }),
  get: apiRoute<{ connectionId: string }>(async ({ actor, params }) => {
    return NextResponse.json(connectionView(await findOwnedConnection(db(), actor, params.connectionId, "connection.read")));
  }),
  disconnect: apiRoute<{ connectionId: string }>(async ({ actor, params }) => {
    const operation = await disconnectConnection(db(), await sender(), actor, params.connectionId);
    return NextResponse.json({ operationId: operation.id }, { status: 202 });
  }),
  rescan: apiRoute<{ connectionId: string }>(async ({ actor, params }) => {
    const operation = await rescanConnection(db(), await sender(), actor, params.connectionId);
    return NextResponse.json({ operationId: operation.id }, { status: 202 });
  }),
};
