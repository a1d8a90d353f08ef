import "server-only";
import { createHash } from "node:crypto";
import { assertCan, type Actor } from "../../auth/permissions";
import { recordAudit } from "../../audit/record";
import type { Db } from "../../db";
import { AppError } from "../../errors";
import { findTicketForActor, isStaffViewer } from "../../store/tickets";
import { checkAttachment, checkAttachments, type UploadedFile } from "./attachment-rules";

/** Attaches uploaded files to a ticket (all or none), for anyone who may comment on it. */
export async function addTicketAttachments(db: Db, actor: Actor, ref: string, files: UploadedFile[]) {
  const ticket = await findTicketForActor(db, actor, ref);
  if (!isStaffViewer(actor)) assertCan(actor, "comment:ticket", ticket.orgId);
  if (ticket.status === "CLOSED") throw new AppError("conflict", "This ticket is closed.");
  const existing = await db.ticketAttachment.count({ where: { ticketId: ticket.id } });
  const problems = checkAttachments(files, existing);
  if (problems.length) throw new AppError("invalid_input", "The files were not accepted.", { files: problems });
  return db.$transaction(async (tx) => {
    const created = [];
    for (const file of files) {
      const check = checkAttachment(file);
      if (!check.ok) throw new AppError("invalid_input", "The files were not accepted.", { files: [check.reason] });
      const bytes = Buffer.from(file.bytes);
      created.push(
        await tx.ticketAttachment.create({
          data: { ticketId: ticket.id, fileName: check.fileName, contentType: check.contentType, size: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex"), data: bytes },
          select: { id: true, fileName: true, contentType: true, size: true },
        }),
      );
    }
    await recordAudit(tx, { orgId: ticket.orgId, actor, action: "ticket.attach", targetType: "ticket", targetId: ticket.id, after: { files: created.map((file) => file.fileName) } });
    return created;
  });
}
