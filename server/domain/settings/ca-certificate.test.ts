import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inspectCaCertificate } from "./ca-certificate";

const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, "../../../tests/fixtures/certificates", name), "utf8");

describe("custom CA certificate", () => {
  it("accepts a current CA certificate and reads its facts", () => {
    const result = inspectCaCertificate(fixture("test-ca.pem"), new Date("2027-01-01T00:00:00Z"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.facts.subject).toContain("CN=Contoso Proxy CA");
    expect(result.facts.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(new Date(result.facts.validTo).getTime()).toBeGreaterThan(new Date(result.facts.validFrom).getTime());
  });
  it("refuses a leaf certificate, an expired one, garbage and two certificates", () => {
    expect(inspectCaCertificate(fixture("test-leaf.pem"))).toMatchObject({ ok: false, message: expect.stringContaining("not a CA certificate") });
    expect(inspectCaCertificate(fixture("test-ca.pem"), new Date("2100-01-01T00:00:00Z"))).toMatchObject({ ok: false, message: expect.stringContaining("expired") });
    expect(inspectCaCertificate("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----")).toMatchObject({ ok: false, message: expect.stringContaining("X.509") });
    const two = fixture("test-ca.pem") + fixture("test-ca.pem");
    expect(inspectCaCertificate(two)).toMatchObject({ ok: false, message: expect.stringContaining("exactly one") });
  });
});
