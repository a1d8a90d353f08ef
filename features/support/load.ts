import "server-only";
import { notFound, redirect } from "next/navigation";
import { canStaff, type Actor, type StaffPermission } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { clusterScope } from "@/server/store/clusters";
import { getTicketView, ZTicketListQuery } from "@/server/store/tickets";
import { currentActor } from "@/server/auth/actor";
import type { ClusterChoice } from "./open-ticket-form";

export async function requirePageActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

/** A provider staff page checks its own rights (the layout is not a gate: RSC requests render pages alone). */
export async function requireStaffPageActor(permission: StaffPermission): Promise<Actor> {
  const actor = await requirePageActor();
  if (!canStaff(actor, permission)) notFound();
  return actor;
}

/** The clusters of one organisation the actor can see, with their environments, for the form. */
export async function clusterChoices(actor: Actor, orgId: string): Promise<ClusterChoice[]> {
  const clusters = await db().cluster.findMany({
    where: clusterScope(actor, orgId),
    orderBy: { name: "asc" },
    take: 200,
    select: { id: true, name: true, environments: { orderBy: { name: "asc" }, select: { id: true, name: true } } },
  });
  return clusters;
}

/** List query from the URL; an invalid filter falls back to no filter rather than an error page. */
export function listQueryFrom(params: Record<string, string | string[] | undefined>, extra: Record<string, string> = {}) {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) if (typeof value === "string" && value) flat[key] = value;
  const parsed = ZTicketListQuery.safeParse({ ...flat, ...extra });
  return parsed.success ? parsed.data : ZTicketListQuery.parse(extra);
}

/** The ticket for a page, or the 404 page (another organisation's ticket does not exist). */
export async function loadTicketView(actor: Actor, ref: string) {
  try {
    return await getTicketView(db(), actor, ref);
  } catch (error) {
    if (error instanceof AppError && (error.code === "not_found" || error.code === "forbidden")) notFound();
    throw error;
  }
}
