import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";

// The API's guards, through the real server: cross-site writes, body types and sizes, NUL
// characters, literal searches and caching of signed-in answers.

async function contosoProdId(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/v1/clusters?q=contoso-prod");
  const body = (await response.json()) as { items: { id: string; name: string }[] };
  return body.items.find((item) => item.name === "contoso-prod")!.id;
}

async function signedIn(page: Page) {
  await signIn(page, USERS.contosoManager);
  return page.request;
}

test("writes from another site are refused, from the portal itself they pass", async ({ page, baseURL }) => {
  const request = await signedIn(page);
  const id = await contosoProdId(request);
  const url = `/api/v1/clusters/${id}/refresh`;

  const forged = await request.post(url, { headers: { origin: "http://evil.example" } });
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toEqual({ error: { code: "forbidden", message: expect.stringContaining("another site"), requestId: forged.headers()["x-request-id"] } });

  const nullOrigin = await request.post(url, { headers: { origin: "null" } });
  expect(nullOrigin.status()).toBe(403);

  const noOrigin = await request.post(url, { headers: { "sec-fetch-site": "cross-site" } });
  expect(noOrigin.status()).toBe(403);

  const own = await request.post(url, { headers: { origin: new URL(baseURL!).origin } });
  expect(own.status()).toBe(202);
});

test("JSON routes refuse bodies a plain HTML form can send, and bodies over 1 MB", async ({ page }) => {
  const request = await signedIn(page);
  const id = await contosoProdId(request);
  const ticket = { clusterId: id, subject: "Disk alert", description: "The disk is full.", severity: "LOW" };

  const asText = await request.post("/api/v1/tickets", { headers: { "content-type": "text/plain" }, data: JSON.stringify(ticket) });
  expect(asText.status()).toBe(415);
  expect((await asText.json()).error.code).toBe("unsupported_media_type");

  const asForm = await request.post("/api/v1/tickets", { form: { subject: "Disk alert" } });
  expect(asForm.status()).toBe(415);

  const huge = await request.post("/api/v1/tickets", { headers: { "content-type": "application/json" }, data: JSON.stringify({ ...ticket, description: "x".repeat(1_200_000) }) });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.code).toBe("payload_too_large");
});

test("NUL characters are refused with 400, and searches are literal", async ({ page }) => {
  const request = await signedIn(page);
  const id = await contosoProdId(request);

  const nul = await request.post("/api/v1/tickets", { data: { clusterId: id, subject: "Disk\u0000alert", description: "Full.", severity: "LOW" } });
  expect(nul.status()).toBe(400);
  expect((await nul.json()).error.fields).toEqual({ subject: [expect.stringContaining("NUL")] });

  expect((await request.get("/api/v1/clusters?q=%00")).status()).toBe(400);
  const pageWithNul = await page.goto("/clusters?q=%00");
  expect(pageWithNul?.status()).toBe(200);

  // `%` and `_` are characters to find, not wildcards: no cluster name holds them.
  for (const q of ["%", "_", "contoso_prod"]) {
    const body = (await (await request.get(`/api/v1/clusters?q=${encodeURIComponent(q)}`)).json()) as { total: number };
    expect(body.total, `search ${q}`).toBe(0);
  }
  const plain = (await (await request.get("/api/v1/clusters?q=contoso-prod")).json()) as { total: number };
  expect(plain.total).toBe(1);
});

test("signed-in API answers are never cached", async ({ page }) => {
  const request = await signedIn(page);
  const response = await request.get("/api/v1/clusters");
  expect(response.headers()["cache-control"]).toBe("no-store");
});

test("the security log records the connection's address, not one the client claims", async ({ page, browser, baseURL }) => {
  const spoofer = await browser.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": "6.6.6.6" } });
  const spooferPage = await spoofer.newPage();
  await signIn(spooferPage, USERS.fabrikamOwner);
  const refused = await spooferPage.request.get("/api/v1/clusters/00000000-0000-4000-8000-00000000dead");
  expect(refused.status()).toBe(404);
  await spoofer.close();

  await signIn(page, USERS.admin);
  await page.goto("/admin");
  const row = page.getByRole("row").filter({ hasText: USERS.fabrikamOwner }).filter({ hasText: "00000000-0000-4000-8000-00000000dead" }).first();
  await expect(row).toContainText("127.0.0.1");
  await expect(page.getByText("6.6.6.6")).toHaveCount(0);
});

test("pages carry a nonce-based Content-Security-Policy and still run", async ({ page }) => {
  const response = await page.goto("/sign-in");
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]) expect(policy).toContain(directive);
  const nonce = /'nonce-([^']+)'/.exec(policy)![1];
  // The browser hides nonces from the DOM; the HTML as sent carries them on Next's scripts.
  const html = await page.request.get("/sign-in");
  const sentNonce = /'nonce-([^']+)'/.exec(html.headers()["content-security-policy"] ?? "")![1];
  expect(sentNonce).not.toBe(nonce);
  expect(await html.text()).toContain(`nonce="${sentNonce}"`);
  // The page is interactive under the policy (the fixture fails the test on any CSP violation).
  await signIn(page, USERS.contosoMember);
  await expect(page.getByRole("heading", { name: "Clusters", exact: true })).toBeVisible();
});

test("malformed requests get 400 or 405, never a server error", async ({ baseURL }) => {
  const { request: send } = await import("node:http");
  const raw = (method: string, path: string, headers: Record<string, string> = {}) =>
    new Promise<number>((resolve, reject) => {
      const url = new URL(baseURL!);
      const req = send({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
  expect(await raw("GET", "/clusters/%ff%fe")).toBe(400);
  expect(await raw("TRACE", "/clusters")).toBe(405);
  expect(await raw("GET", "/clusters", { RSC: "1", "Next-Router-State-Tree": "%7Bbroken" })).toBe(400);
  expect(await raw("GET", "/sign-in")).toBe(200);
});
