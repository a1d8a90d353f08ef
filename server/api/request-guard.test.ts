import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { precheckZendeskWebhook, ZENDESK_WEBHOOK_LIMIT_BYTES } from "../support/http/zendesk-webhook";
import { isCrossSiteWrite, isJsonContentType, readJson, readTextLimited } from "./request-guard";

const post = (headers: Record<string, string>, body?: BodyInit) => new Request("http://portal.example/api/v1/x", { method: "POST", headers, body, duplex: "half" } as RequestInit);

describe("cross-site writes", () => {
  const cookie = { cookie: "authjs.session-token=abc", host: "portal.example" };
  it.each([
    ["another origin", { ...cookie, origin: "http://evil.example" }, true],
    ["an opaque origin", { ...cookie, origin: "null" }, true],
    ["the same host on another port", { ...cookie, origin: "http://portal.example:8080" }, true],
    ["the portal's origin", { ...cookie, origin: "http://portal.example" }, false],
    ["the proxy's forwarded host", { ...cookie, host: "10.0.0.4:3000", "x-forwarded-host": "portal.example", origin: "https://portal.example" }, false],
    ["a cross-site fetch without Origin", { ...cookie, "sec-fetch-site": "cross-site" }, true],
    ["a same-site sibling without Origin", { ...cookie, "sec-fetch-site": "same-site" }, true],
    ["a same-origin fetch without Origin", { ...cookie, "sec-fetch-site": "same-origin" }, false],
    ["a client that is not a browser", { ...cookie }, false],
    ["no cookie at all (bearer token)", { origin: "http://evil.example", authorization: "Bearer t" }, false],
  ])("%s", (_name, headers, refused) => {
    expect(isCrossSiteWrite(post(headers))).toBe(refused);
  });

  it("lets reads through whatever their origin", () => {
    expect(isCrossSiteWrite(new Request("http://portal.example/api/v1/x", { headers: { cookie: "a=b", origin: "http://evil.example" } }))).toBe(false);
  });
});

describe("request bodies", () => {
  it("accepts JSON media types only", () => {
    expect(isJsonContentType("application/json; charset=utf-8")).toBe(true);
    expect(isJsonContentType("application/merge-patch+json")).toBe(true);
    expect(isJsonContentType("text/plain")).toBe(false);
    expect(isJsonContentType("application/x-www-form-urlencoded")).toBe(false);
    expect(isJsonContentType(null)).toBe(false);
  });

  it("reads JSON, and an empty body as {}", async () => {
    await expect(readJson(post({ "content-type": "application/json" }, '{"a":1}'))).resolves.toEqual({ a: 1 });
    await expect(readJson(post({}))).resolves.toEqual({});
  });

  it.each([
    ["text/plain", post({ "content-type": "text/plain" }, '{"a":1}'), "unsupported_media_type"],
    ["a form", post({ "content-type": "application/x-www-form-urlencoded" }, "a=1"), "unsupported_media_type"],
    ["broken JSON", post({ "content-type": "application/json" }, "{"), "invalid_input"],
  ])("refuses %s", async (_name, request, code) => {
    await expect(readJson(request)).rejects.toMatchObject({ code });
  });

  it("refuses a body by its declared length before reading it", async () => {
    const request = post({ "content-type": "application/json", "content-length": String(2 * 1024 * 1024) }, "{}");
    await expect(readJson(request)).rejects.toMatchObject({ code: "payload_too_large" });
    expect(request.bodyUsed).toBe(false);
  });

  it("stops reading a streamed body as soon as it passes the limit", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
        if (pulled > 1000) controller.close();
      },
    });
    const error = await readTextLimited(post({}, stream), 256 * 1024).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });
});

describe("the Zendesk webhook before its body is read", () => {
  const now = new Date("2026-12-01T10:00:00Z");
  const signed = { "x-zendesk-webhook-signature": "c2ln", "x-zendesk-webhook-signature-timestamp": now.toISOString() };
  it("refuses when webhooks are not configured, unsigned, stale, or too large", () => {
    expect(precheckZendeskWebhook(null, new Headers(signed), now)?.status).toBe(401);
    expect(precheckZendeskWebhook("secret", new Headers({}), now)?.status).toBe(401);
    expect(precheckZendeskWebhook("secret", new Headers({ ...signed, "x-zendesk-webhook-signature-timestamp": "2026-12-01T09:00:00Z" }), now)?.status).toBe(401);
    expect(precheckZendeskWebhook("secret", new Headers({ ...signed, "content-length": String(ZENDESK_WEBHOOK_LIMIT_BYTES + 1) }), now)?.status).toBe(413);
  });
  it("lets a signed, fresh, small request on to the signature check", () => {
    expect(precheckZendeskWebhook("secret", new Headers({ ...signed, "content-length": "300" }), now)).toBeNull();
  });
});
