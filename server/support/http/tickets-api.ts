import "server-only";
import type { Actor } from "../../auth/permissions";
import { db } from "../../db";
import { AppError } from "../../errors";
import { parseInput } from "../../validate";
import { addTicketAttachments } from "../../domain/support/add-ticket-attachments";
import { addTicketComment } from "../../domain/support/add-ticket-comment";
import { openTicket } from "../../domain/support/open-ticket";
import { updateTicket } from "../../domain/support/update-ticket";
import type { UploadedFile } from "../../domain/support/attachment-rules";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/lib/attachment-limits";
import { listNotifications, markNotificationsRead, ZMarkRead } from "../../store/notifications";
import { findTicketForActor, getAttachment, getTicketView, isStaffViewer, listQueue, listTickets, ZTicketListQuery } from "../../store/tickets";
import { readJson } from "../../api/input";

/**
 * The /api/v1 ticket and notification handlers, kept apart from the route files so that
 * integration tests call exactly what the routes call (the routes add authentication and the
 * error shape through apiRoute).
 */
export interface HandlerArgs<P extends Record<string, string> = Record<string, string>> {
  request: Request;
  actor: Actor;
  params: P;
}

type TicketParams = { ticketId: string };

export async function listTicketsHandler({ request, actor }: HandlerArgs) {
  const query = parseInput(ZTicketListQuery, Object.fromEntries(new URL(request.url).searchParams));
  const page = isStaffViewer(actor) ? await listQueue(db(), actor, query) : await listTickets(db(), actor, query);
  return Response.json(page);
}

export async function createTicketHandler({ request, actor }: HandlerArgs) {
  const ticket = await openTicket(db(), actor, await readJson(request));
  const view = await getTicketView(db(), actor, ticket.id);
  return Response.json({ ticket: view }, { status: 201, headers: { location: `/api/v1/tickets/${ticket.id}` } });
}

export async function getTicketHandler({ actor, params }: HandlerArgs<TicketParams>) {
  return Response.json({ ticket: await getTicketView(db(), actor, params.ticketId) }, { headers: { "cache-control": "no-store" } });
}

export async function updateTicketHandler({ request, actor, params }: HandlerArgs<TicketParams>) {
  await updateTicket(db(), actor, params.ticketId, await readJson(request));
  return Response.json({ ticket: await getTicketView(db(), actor, params.ticketId) });
}

export async function addCommentHandler({ request, actor, params }: HandlerArgs<TicketParams>) {
  const result = await addTicketComment(db(), actor, params.ticketId, await readJson(request));
  return Response.json({ commentId: result.comment.id, status: result.status, ticket: await getTicketView(db(), actor, params.ticketId) }, { status: 201 });
}

export async function addAttachmentsHandler({ request, actor, params }: HandlerArgs<TicketParams>) {
  // Another organisation's ticket is not found before anything of the upload is looked at.
  await findTicketForActor(db(), actor, params.ticketId);
  // The size is known before anything is read: a body without Content-Length (chunked) is refused
  // rather than buffered without a bound.
  const length = Number(request.headers.get("content-length") ?? Number.NaN);
  if (!Number.isFinite(length)) throw new AppError("invalid_input", "Send the files with a Content-Length.", { files: ["The upload must state its size."] });
  if (length > MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES + 1024 * 1024) throw new AppError("invalid_input", "The files were not accepted.", { files: ["The upload is too large."] });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new AppError("invalid_input", "Send the files as multipart/form-data.", { files: ["Send the files as multipart/form-data."] });
  }
  const files: UploadedFile[] = [];
  for (const entry of form.getAll("files")) {
    if (typeof entry === "string") continue;
    files.push({ name: entry.name, type: entry.type, bytes: new Uint8Array(await entry.arrayBuffer()) });
  }
  const created = await addTicketAttachments(db(), actor, params.ticketId, files);
  return Response.json({ attachments: created }, { status: 201 });
}

export async function downloadAttachmentHandler({ actor, params }: HandlerArgs<TicketParams & { attachmentId: string }>) {
  const attachment = await getAttachment(db(), actor, params.ticketId, params.attachmentId);
  const inline = attachment.contentType.startsWith("image/") || attachment.contentType === "application/pdf";
  return new Response(new Uint8Array(attachment.data), {
    headers: {
      "content-type": attachment.contentType === "text/plain" ? "text/plain; charset=utf-8" : attachment.contentType,
      "content-length": String(attachment.size),
      "content-disposition": `${inline ? "inline" : "attachment"}; filename="${attachment.fileName}"`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": "private, no-store",
    },
  });
}

export async function listNotificationsHandler({ actor }: HandlerArgs) {
  return Response.json(await listNotifications(db(), actor), { headers: { "cache-control": "no-store" } });
}

export async function markNotificationsReadHandler({ request, actor }: HandlerArgs) {
  const input = parseInput(ZMarkRead, await readJson(request));
  return Response.json(await markNotificationsRead(db(), actor, input.ids));
}
