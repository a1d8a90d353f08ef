import "server-only";
import { z } from "zod";
import { TOKEN_MAX_DAYS } from "@/lib/access-tokens";
import { API_OPERATIONS, type ApiOperation } from "./operations";

// The OpenAPI 3.1 description of /api/v1, built from the operations table and the zod schemas the
// routes parse (zod 4's own JSON Schema output, draft 2020-12, which OpenAPI 3.1 uses as is).

type Json = Record<string, unknown>;

const ERROR_SCHEMA: Json = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", examples: ["invalid_input", "forbidden", "not_found"] },
        message: { type: "string" },
        fields: { type: "object", additionalProperties: { type: "array", items: { type: "string" } }, description: "Messages per field of the input (`_` for the input as a whole)." },
        requestId: { type: "string", description: "The request's id (also in the `x-request-id` header); support asks for it." },
      },
    },
  },
};

const ERRORS: Record<string, string> = {
  "400": "The input is not valid; `fields` names what to fix. Nothing was changed.",
  "401": "No session and no access token, or the token is not valid, has expired or was revoked.",
  "403": "Not allowed: your role does not permit it, or the token has the read scope only and the method changes something.",
  "404": "Not found, or not yours to see (another organisation's things look the same as missing ones).",
};

/** An input schema as JSON Schema: what a client sends (before defaults and coercion). */
function jsonSchema(schema: z.ZodType): Json {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
  return rest;
}

function pathParameters(path: string): Json[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ({ name, in: "path", required: true, schema: { type: "string" } }));
}

function queryParameters(query: z.ZodObject | undefined): Json[] {
  if (!query) return [];
  const schema = jsonSchema(query) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({ name, in: "query", required: schema.required?.includes(name) ?? false, schema: property }));
}

function requestBody(body: ApiOperation["body"]): Json | undefined {
  if (!body) return undefined;
  if ("multipart" in body) {
    return { required: true, description: body.multipart, content: { "multipart/form-data": { schema: { type: "object", properties: { files: { type: "array", items: { type: "string", format: "binary" } } } } } } };
  }
  if ("binary" in body) return { required: true, description: body.binary, content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } };
  return { required: false, content: { "application/json": { schema: jsonSchema(body as z.ZodType) } } };
}

function successResponse(success: ApiOperation["success"]): Json {
  if (success.status === 204) return { description: success.description };
  if (success.status === 405) return { description: success.description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };
  if (success.binary) return { description: success.description, content: { [success.binary]: { schema: { type: "string", format: "binary" } } } };
  return { description: success.description, content: { "application/json": { schema: { type: "object" } } } };
}

function operationObject(operation: ApiOperation): Json {
  const parameters = [...pathParameters(operation.path), ...queryParameters(operation.query)];
  const unsafe = operation.method !== "get";
  return {
    operationId: `${operation.method}${operation.path.replace(/\{([^}]+)\}/g, "By-$1").replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) => (next ? next.toUpperCase() : ""))}`,
    tags: [operation.tag],
    summary: operation.summary,
    ...(parameters.length ? { parameters } : {}),
    ...(operation.body ? { requestBody: requestBody(operation.body) } : {}),
    security: [{ bearerAuth: [unsafe ? "write" : "read"] }, { sessionCookie: [] }],
    responses: {
      [String(operation.success.status)]: successResponse(operation.success),
      ...Object.fromEntries(Object.entries(ERRORS).map(([status, description]) => [status, { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } }])),
    },
  };
}

export interface OpenApiDocument {
  openapi: "3.1.0";
  info: Json;
  servers: Json[];
  tags: Json[];
  paths: Record<string, Record<string, Json>>;
  components: Json;
  security: Json[];
}

/** The whole description; the same document for the JSON route and the reference page. */
export function openApiDocument(operations: ApiOperation[] = API_OPERATIONS): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  for (const operation of operations) (paths[operation.path] ??= {})[operation.method] = operationObject(operation);
  return {
    openapi: "3.1.0",
    info: {
      title: "Mendix on Azure portal API",
      version: "1",
      description: [
        "Automation for the clusters, environments, backups and tickets of your organisations.",
        "",
        "**Authentication.** Send a personal access token as `Authorization: Bearer <token>` (create one under Account → Access tokens).",
        `A token acts as you: the same organisations and roles. A \`read\` token may call GET only; unsafe methods (POST, PUT, PATCH, DELETE) need the \`write\` scope. A token lives at most ${TOKEN_MAX_DAYS} days; a revoked or expired token is answered 401.`,
        "",
        "**Changes are operations.** Most changes answer 202 with an `operationId`; poll `GET /operations/{operationId}` until it is finished or failed.",
      ].join("\n"),
    },
    servers: [{ url: "/api/v1" }],
    tags: [...new Set(operations.map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", description: "A personal access token (`mxp_…`) with the scope `read` and/or `write`." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "The portal's own session, for the browser; writes must come from the portal's origin." },
      },
      schemas: { Error: ERROR_SCHEMA },
    },
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
  };
}
