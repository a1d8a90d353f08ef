import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import { DEMO_USERS } from "@/prisma/demo-data";
import { openApiDocument } from "@/server/api/openapi/document";
import { callRoute } from "./api";
import { actorFor, resetWithDemo } from "./db";

// The OpenAPI description covers every /api/v1 route file and every method it exports, and
// names nothing that no route serves.

const API_ROOT = path.resolve(__dirname, "../../app/api/v1");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? routeFiles(full) : entry.name === "route.ts" ? [full] : [];
  });
}

/** `app/api/v1/clusters/[clusterId]/route.ts` exporting GET → `get /clusters/{clusterId}`. */
async function servedOperations(): Promise<string[]> {
  const operations: string[] = [];
  for (const file of routeFiles(API_ROOT)) {
    const route = "/" + path.relative(API_ROOT, path.dirname(file)).split(path.sep).map((part) => part.replace(/^\[(.+)\]$/, "{$1}")).join("/");
    const exported = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) if (typeof exported[method] === "function") operations.push(`${method.toLowerCase()} ${route}`);
  }
  return operations.sort();
}

function describedOperations(): string[] {
  return Object.entries(openApiDocument().paths)
    .flatMap(([route, methods]) => Object.keys(methods).map((method) => `${method} ${route}`))
    .sort();
}

describe("the OpenAPI description", () => {
  it("describes every method of every /api/v1 route, and nothing else", async () => {
    const served = await servedOperations();
    expect(served.length).toBeGreaterThan(40);
    expect(served).toContain("get /clusters");
    expect(served).toContain("delete /tokens/{tokenId}");
    expect(describedOperations()).toEqual(served);
  });

  it("is OpenAPI 3.1 with bearer authentication and the routes' own input schemas", () => {
    const document = openApiDocument();
    expect(document.openapi).toBe("3.1.0");
    expect(document.components).toMatchObject({ securitySchemes: { bearerAuth: { type: "http", scheme: "bearer" } } });
    const create = document.paths["/tokens"].post as { requestBody: { content: { "application/json": { schema: { properties: Record<string, { maxItems?: number; maximum?: number }>; required: string[] } } } }; security: unknown[] };
    const schema = create.requestBody.content["application/json"].schema;
    expect(schema.required).toEqual(["name", "scopes"]);
    expect(schema.properties.expiresInDays.maximum).toBe(365);
    expect(create.security).toContainEqual({ bearerAuth: ["write"] });
    const list = document.paths["/clusters"].get as { parameters: { name: string; in: string }[] };
    expect(list.parameters.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual(expect.arrayContaining(["query:page", "query:pageSize", "query:status"]));
    const ids = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((operation) => operation.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    expect(JSON.stringify(document)).not.toContain("$schema");
  });

  describe("served at /api/v1/openapi.json", () => {
    beforeAll(resetWithDemo);
    it("answers signed-in people with the document and refuses anonymous callers", async () => {
      const member = await actorFor(DEMO_USERS.contosoMember);
      const answer = await callRoute(openapiRoute.GET, member, { url: "/api/v1/openapi.json" });
      expect(answer.status).toBe(200);
      expect(answer.json.openapi).toBe("3.1.0");
      expect(Object.keys(answer.json.paths)).toContain("/tokens/{tokenId}");
      expect((await callRoute(openapiRoute.GET, null, { url: "/api/v1/openapi.json" })).status).toBe(401);
    });
  });
});
