import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, apiFetch, apiJson, postJson } from "./api-client";

// A loopback server answering like the portal's /api/v1 routes.
let base = "";
const seen: { method?: string; contentType?: string; accept?: string; body: string }[] = [];
const server = http.createServer((request, response) => {
  let body = "";
  request.on("data", (chunk) => (body += chunk));
  request.on("end", () => {
    seen.push({ method: request.method, contentType: request.headers["content-type"], accept: request.headers.accept, body });
    response.setHeader("content-type", "application/json");
    if (request.url === "/ok") return response.end(JSON.stringify({ operationId: "op-1" }));
    if (request.url === "/invalid")
      return response.writeHead(400).end(JSON.stringify({ error: { code: "invalid_input", message: "The request is not valid.", fields: { subject: ["Enter a subject."] }, requestId: "req-7" } }));
    if (request.url === "/bare") return response.writeHead(502).end("<html>bad gateway</html>");
    response.writeHead(404).end(JSON.stringify({ error: { code: "not_found", message: "Not found." } }));
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the client fetch helper", () => {
  it("reads the JSON answer and sends a string body as JSON", async () => {
    expect(await postJson(`${base}/ok`, { a: 1 })).toEqual({ operationId: "op-1" });
    expect(seen.at(-1)).toEqual({ method: "POST", contentType: "application/json", accept: "application/json", body: '{"a":1}' });
  });

  it("throws the error shape as a typed ApiError", async () => {
    const error = await apiJson(`${base}/invalid`, { method: "POST", body: "{}" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: "invalid_input", message: "The request is not valid.", fields: { subject: ["Enter a subject."] }, requestId: "req-7" });
    expect((error as ApiError).fieldMessages()).toBe("Enter a subject.");
  });

  it("uses the fallback message when the answer carries none, and status 0 when the portal cannot be reached", async () => {
    await expect(apiFetch(`${base}/bare`, {}, "Could not refresh.")).rejects.toMatchObject({ status: 502, code: "error", message: "Could not refresh." });
    await expect(apiJson(`${base}/bare`)).rejects.toMatchObject({ message: "Request failed (502)." });
    await expect(apiJson("http://127.0.0.1:1/unreachable")).rejects.toMatchObject({ status: 0, code: "network" });
  });

  it("leaves FormData bodies to the browser's own content type", async () => {
    const form = new FormData();
    form.append("files", new Blob(["x"]), "a.txt");
    await apiFetch(`${base}/ok`, { method: "POST", body: form });
    expect(seen.at(-1)?.contentType).toMatch(/^multipart\/form-data; boundary=/);
  });
});
