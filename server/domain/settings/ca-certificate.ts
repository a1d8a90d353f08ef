import "server-only";
import { X509Certificate } from "node:crypto";
import { REFUSALS } from "@/lib/messages-settings";
import type { SettingsView } from "@/lib/settings-api";

// The custom CA certificate a cluster's nodes trust: parsed with node:crypto, so only one real,
// current CA certificate is accepted, and its facts (subject, expiry) are shown on the page.

export type CaFacts = NonNullable<SettingsView["customCa"]>;

/** The facts of a PEM CA certificate, or the reason it is refused. */
export function inspectCaCertificate(pem: string, now = new Date()): { ok: true; facts: CaFacts } | { ok: false; message: string } {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----/g) ?? [];
  if (blocks.length !== 1) return { ok: false, message: REFUSALS.certificate_invalid("paste exactly one certificate.") };
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(pem);
  } catch {
    return { ok: false, message: REFUSALS.certificate_invalid("it cannot be read as an X.509 certificate.") };
  }
  if (!cert.ca) return { ok: false, message: REFUSALS.certificate_invalid("it is not a CA certificate (basic constraints CA:TRUE is missing).") };
  const validTo = new Date(cert.validTo);
  const validFrom = new Date(cert.validFrom);
  if (validTo.getTime() <= now.getTime()) return { ok: false, message: REFUSALS.certificate_invalid(`it expired on ${validTo.toISOString().slice(0, 10)}.`) };
  return {
    ok: true,
    facts: {
      subject: cert.subject.replace(/\n/g, ", "),
      issuer: cert.issuer.replace(/\n/g, ", "),
      validFrom: validFrom.toISOString(),
      validTo: validTo.toISOString(),
      fingerprint256: cert.fingerprint256,
    },
  };
}
