import "server-only";
import nodemailer from "nodemailer";
import { env } from "../env";

// Outgoing e-mail through SMTP (nodemailer). Without SMTP_HOST the portal sends none, and the
// flows that would mail a link show it to the person who asked instead.

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  from: string;
}

/** An SMTP server that does not answer within this long fails the send, and the request says so. */
const SMTP_TIMEOUT_MS = 10_000;

export function smtpMailer(settings: SmtpSettings): Mailer {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    auth: settings.user ? { user: settings.user, pass: settings.password ?? "" } : undefined,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}

let fromEnv: Mailer | null | undefined;

/** The configured mailer, or null when SMTP is not configured. */
export function configuredMailer(): Mailer | null {
  if (fromEnv === undefined) {
    const settings = env();
    fromEnv = settings.SMTP_HOST
      ? smtpMailer({ host: settings.SMTP_HOST, port: settings.SMTP_PORT, secure: settings.SMTP_SECURE === "true", user: settings.SMTP_USER, password: settings.SMTP_PASSWORD, from: settings.SMTP_FROM! })
      : null;
  }
  return fromEnv;
}
