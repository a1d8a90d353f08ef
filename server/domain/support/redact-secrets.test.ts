import { describe, expect, it } from "vitest";
import { looksLikeCredential, redactSecrets, redactText } from "./redact-secrets";

describe("redactSecrets", () => {
  it("drops keys that name a secret, at any depth", () => {
    expect(
      redactSecrets({
        kind: "cluster.initialize",
        input: { adminPassword: "S3cr3t-Seeded!", nested: { clientSecret: "x", apiToken: "y", storageKey: "z", connectionString: "Server=..." }, size: 3 },
        list: [{ password: "p", name: "n" }],
      }),
    ).toEqual({ kind: "cluster.initialize", input: { nested: {}, size: 3 }, list: [{ name: "n" }] });
  });

  it("replaces values that look like credentials", () => {
    expect(redactSecrets({ note: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.abc", k: "Bearer abcdefghijklmnop" })).toEqual({ note: "[redacted]", k: "[redacted]" });
    expect(looksLikeCredential("c29tZSBzdG9yYWdlIGFjY291bnQga2V5IHRoYXQgaXMgbG9uZw==")).toBe(true);
    expect(looksLikeCredential("-----BEGIN PRIVATE KEY-----\nabc")).toBe(true);
    expect(looksLikeCredential("QuotaExceeded")).toBe(false);
  });

  it("cuts credentials out of free text", () => {
    expect(redactText("Deployment failed: adminPassword=S3cr3t-Seeded! was rejected")).toBe("Deployment failed: adminPassword=[redacted] was rejected");
    expect(redactText("connect to postgres://mendix:hunter2@db.example:5432/app failed")).toBe("connect to postgres://mendix:[redacted]@db.example:5432/app failed");
    expect(redactText("DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abc123==;")).toBe("[redacted]");
    expect(redactText("GET https://x.blob.core.windows.net/c?sv=2024&sig=AbCdEf123%3D")).toBe("GET https://x.blob.core.windows.net/c?sv=2024&sig=[redacted]");
    expect(redactText('client_secret: "s3cr3t" in request')).toBe("client_secret:[redacted] in request");
  });

  it("keeps ordinary diagnostics intact", () => {
    const error = { code: "QuotaExceeded", message: "Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota." };
    expect(redactSecrets(error)).toEqual(error);
    expect(redactSecrets({ at: new Date("2026-03-02T09:00:00Z"), n: 1, ok: true, none: null })).toEqual({ at: "2026-03-02T09:00:00.000Z", n: 1, ok: true, none: null });
  });
});
