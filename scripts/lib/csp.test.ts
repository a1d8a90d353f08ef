import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { contentSecurityPolicy, policyFor } = require("./csp.cjs") as {
  contentSecurityPolicy: (nonce: string, dev: boolean) => string;
  policyFor: (path: string, headers: http.IncomingHttpHeaders, dev: boolean) => string | null;
};

const nonceOf = (policy: string | null | undefined) => /'nonce-([^']+)'/.exec(policy ?? "")?.[1];

describe("the pages' Content-Security-Policy", () => {
  it("allows scripts only with the request's nonce, and eval only in development", () => {
    const policy = contentSecurityPolicy("abc", false);
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("abc", true)).toContain("'unsafe-eval'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });

  it("is given to pages with a new nonce each time, and not to the API, static files or prefetches", () => {
    const first = policyFor("/clusters", {}, false);
    const second = policyFor("/clusters", {}, false);
    expect(nonceOf(first)).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    expect(nonceOf(first)).not.toBe(nonceOf(second));
    for (const path of ["/api/v1/clusters", "/_next/static/chunks/a.js", "/_next/image", "/icon.svg", "/favicon.ico"]) expect(policyFor(path, {}, false), path).toBeNull();
    expect(policyFor("/apiary", {}, false)).not.toBeNull();
    expect(policyFor("/clusters", { "next-router-prefetch": "1" }, false)).toBeNull();
    expect(policyFor("/clusters", { purpose: "prefetch" }, false)).toBeNull();
  });
});

describe("the web server's guard", () => {
  it("puts the policy in the request it hands on and in the answer, and drops a client's own", async () => {
    require("./http-guard.cjs");
    const server = http.createServer((request, response) => {
      response.end(JSON.stringify({ policy: request.headers["content-security-policy"] ?? null, reportOnly: request.headers["content-security-policy-report-only"] ?? null }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const forged = "script-src 'nonce-chosen-by-the-client'";
      const page = await fetch(`${base}/clusters?page=2`, { headers: { "content-security-policy": forged, "content-security-policy-report-only": forged } });
      const seen = (await page.json()) as { policy: string | null; reportOnly: string | null };
      expect(seen.policy).toBe(page.headers.get("content-security-policy"));
      expect(nonceOf(seen.policy)).toBeTruthy();
      expect(seen.policy).not.toContain("chosen-by-the-client");
      expect(seen.reportOnly).toBeNull();
      expect(page.headers.get("strict-transport-security")).toBeNull();

      const overHttps = await fetch(`${base}/clusters`, { headers: { "x-forwarded-proto": "https" } });
      expect(overHttps.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");

      const api = await fetch(`${base}/api/v1/clusters`, { headers: { "content-security-policy": forged } });
      expect(((await api.json()) as { policy: string | null }).policy).toBeNull();
      expect(api.headers.get("content-security-policy")).toBeNull();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("the guard's mark", () => {
  it("is the one the readiness probe looks for", async () => {
    require("./http-guard.cjs");
    const { requestGuardLoaded } = await import("@/server/api/request-guard-mark");
    expect(requestGuardLoaded()).toBe(true);
  });
});
