// Helpers shared by the modules of the ARM emulator (request context, JSON merging, ARM messages).
import { ArmHttpError } from "./errors";
import type { Json, StoredResource } from "./state";
import type { TypeSpec } from "./resource-types";
import { CONTRIBUTOR_ROLE_ID, OWNER_ROLE_ID, READER_ROLE_ID } from "./types";

export const GENERIC_SPEC: TypeSpec = { type: "", lro: true, patch: "sync" };
export const ALWAYS_REGISTERED = new Set(["microsoft.resources", "microsoft.authorization"]);
export const EXTRA_NAMESPACES = [
  "Microsoft.Resources",
  "Microsoft.Authorization",
  "Microsoft.Compute",
  "Microsoft.Insights",
  "Microsoft.AlertsManagement",
  "Microsoft.OperationsManagement",
  "Microsoft.KeyVault",
];
export const ROLE_NAMES: Record<string, string> = {
  [OWNER_ROLE_ID]: "Owner",
  [CONTRIBUTOR_ROLE_ID]: "Contributor",
  [READER_ROLE_ID]: "Reader",
  "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9": "User Access Administrator",
};

export function normalizeLocation(loc: unknown): string | undefined {
  return typeof loc === "string" ? loc.replace(/\s+/g, "").toLowerCase() : undefined;
}

export function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function deepMerge(target: Json, patch: Json): Json {
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete target[k];
    else if (isObject(v) && isObject(target[k]) && k !== "tags") deepMerge(target[k], v);
    else target[k] = structuredClone(v);
  }
  return target;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export interface ReqCtx {
  method: string;
  path: string;
  segs: string[];
  lsegs: string[];
  query: URLSearchParams;
  body: Json | undefined;
  rawBody: string;
  baseUrl: string;
  apiVersion: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** PostgreSQL flexible servers expose `state` (Provisioning/Updating/Dropping/Ready/Disabled) rather than provisioningState. */
export const PG_STATE: Record<string, string> = {
  Accepted: "Provisioning",
  Creating: "Provisioning",
  Updating: "Updating",
  Deleting: "Dropping",
  Succeeded: "Ready",
  Failed: "Disabled",
};

export function setProvisioningState(r: StoredResource, state: string): void {
  r.body.properties ??= {};
  r.body.properties.provisioningState = state;
  if (r.type === "Microsoft.DBforPostgreSQL/flexibleServers") r.body.properties.state = PG_STATE[state] ?? r.body.properties.state;
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

export function resourceNotFoundMsg(type: string, name: string, rg: string): string {
  return `The Resource '${type}/${name}' under resource group '${rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`;
}

export function notFoundPath(ctx: ReqCtx): ArmHttpError {
  return new ArmHttpError(404, "NotFound", `The requested path '${ctx.path}' is not handled by the ARM emulator.`);
}

export function methodNotAllowed(ctx: ReqCtx): ArmHttpError {
  return new ArmHttpError(405, "MethodNotAllowed", `The HTTP method '${ctx.method}' is not supported for '${ctx.path}'.`);
}