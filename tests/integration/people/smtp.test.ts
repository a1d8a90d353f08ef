import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_USERS } from "@/prisma/demo-data";
import { hashInvitationToken } from "@/server/auth/invitation-token";
import { invitePerson } from "@/server/domain/people/invite-person";
import { resendInvitation } from "@/server/domain/people/resend-invitation";
import { smtpMailer } from "@/server/mail/mailer";
import { actorFor, resetWithDemo, testDb } from "../db";
import { orgIdOf, peopleState } from "./helpers";

// Invitation e-mail through a real SMTP server on loopback (smtp-server), sent by nodemailer:
// the link is in the body and nowhere in the answer; a server that refuses mail changes nothing.

interface Received {
  from: string;
  to: string[];
  raw: string;
}

const received: Received[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      // A mailbox that does not exist, to see a refused delivery.
      callback(address.address.startsWith("bounce") ? new Error("550 No such user") : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(async () => {
  received.length = 0;
  await resetWithDemo();
});

/** The text body with quoted-printable soft line breaks joined. */
function bodyText(raw: string): string {
  const body = raw.slice(raw.indexOf("\r\n\r\n") + 4);
  return body.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
}

function deps() {
  return { baseUrl: "https://portal.example.com/", mailer: smtpMailer({ host: "127.0.0.1", port, secure: false, from: "Portal <portal@example.com>" }) };
}

describe("invitation e-mail", () => {
  it("is delivered with a working link in the body; the answer carries no link", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const orgId = await orgIdOf("contoso");
    const sent = await invitePerson(testDb, owner, orgId, { email: "mail.me@example.com", role: "OWNER" }, deps());
    expect(sent).toMatchObject({ emailed: true, link: null, invitation: { email: "mail.me@example.com", role: "OWNER" } });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: "portal@example.com", to: ["mail.me@example.com"] });
    expect(received[0].raw).toMatch(/^Subject: You are invited to Contoso\r$/m);
    const body = bodyText(received[0].raw);
    const link = /https:\/\/portal\.example\.com\/invite\/([A-Za-z0-9_-]{43})/.exec(body);
    expect(link, body).not.toBeNull();
    expect(body).toContain("as Owner");
    const row = await testDb.invitation.findUniqueOrThrow({ where: { id: sent.invitation.id } });
    expect(row.tokenHash).toBe(hashInvitationToken(link![1]));
    expect(await testDb.auditEvent.findFirst({ where: { action: "invitation.create" } })).toMatchObject({ after: expect.objectContaining({ delivery: "e-mail" }) });

    const again = await resendInvitation(testDb, owner, orgId, sent.invitation.id, deps());
    expect(again).toMatchObject({ emailed: true, link: null });
    expect(received).toHaveLength(2);
    const second = /invite\/([A-Za-z0-9_-]{43})/.exec(bodyText(received[1].raw))![1];
    expect(second).not.toBe(link![1]);
    expect((await testDb.invitation.findUniqueOrThrow({ where: { id: sent.invitation.id } })).tokenHash).toBe(hashInvitationToken(second));
  });

  it("a refused delivery stores nothing, says so, and is audited as a failure", async () => {
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    const orgId = await orgIdOf("contoso");
    const before = await peopleState();
    await expect(invitePerson(testDb, owner, orgId, { email: "bounce@example.com", role: "MEMBER" }, deps())).rejects.toMatchObject({ code: "unavailable" });
    expect(await peopleState()).toEqual(before);
    expect(await testDb.auditEvent.findFirst({ where: { action: "invitation.create" } })).toMatchObject({ outcome: "FAILURE", purpose: "the e-mail could not be sent" });

    // Nobody listening: refused the same way.
    const closed = { baseUrl: "https://portal.example.com", mailer: smtpMailer({ host: "127.0.0.1", port: 1, secure: false, from: "portal@example.com" }) };
    await expect(invitePerson(testDb, owner, orgId, { email: "someone@example.com", role: "MEMBER" }, closed)).rejects.toMatchObject({ code: "unavailable" });
    expect(await peopleState()).toEqual(before);
  });
});
