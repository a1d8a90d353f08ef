// The shape of per-type behaviour in the ARM emulator, and the helpers the type modules share.
import { createHash } from "node:crypto";
import { ArmHttpError } from "./errors";
import type { Json, Store, StoredResource } from "./state";
import type { ComputeSkuSpec } from "./types";

export interface ResolvedOptions {
  provisionMs: number;
  postgres: { host: string; port: number } | null;
  blobEndpoint: string | null;
  regions: string[];
  computeSkus: ComputeSkuSpec[];
  kubernetesVersions: string[];
  tenantId: string;
  unregisteredProviders: string[];
}

export interface PutCtx {
  opts: ResolvedOptions;
  store: Store;
  subscriptionId: string;
  resourceGroup: string;
  /** Resource group key (lower-cased id). */
  rgKey: string;
  key: string;
  id: string;
  name: string;
  type: string;
  parent?: StoredResource;
  existing?: StoredResource;
  /** Upserts an inline child (agent pool, subnet) and returns its key. */
  upsertChild(childType: string, name: string, body: Json): string;
}

export interface TypeSpec {
  type: string;
  /** PUT/DELETE are long-running (201/202 + Azure-AsyncOperation). */
  lro: boolean;
  /** PATCH support: "sync" answers 200 with the merged resource; "async" answers 202 + LRO headers. */
  patch?: "sync" | "async";
  /** Tracked top-level resources need a location. */
  needsLocation?: boolean;
  /** Fill defaults and derived properties of the new representation; throw ArmHttpError to reject. */
  prepare?(ctx: PutCtx, body: Json): void;
  /** Side effects after the resource was stored; may return extra keys following the operation. */
  afterPut?(ctx: PutCtx, body: Json): string[] | void;
  /** Response representation. */
  view?(store: Store, r: StoredResource): Json;
}

export function hash(s: string, len = 8): string {
  return createHash("sha1").update(s).digest("hex").slice(0, len);
}

/** Stable GUID-looking id derived from a seed (so derived ids survive re-PUTs and restarts). */
export function stableGuid(seed: string): string {
  const h = createHash("sha1").update(seed).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function bad(code: string, message: string, status = 400): never {
  throw new ArmHttpError(status, code, message);
}

export function props(body: Json): Json {
  if (!body.properties || typeof body.properties !== "object") body.properties = {};
  return body.properties;
}

export function fillIdentity(body: Json, seed: string, tenantId: string): void {
  const t = body.identity?.type;
  if (typeof t === "string" && /SystemAssigned/i.test(t)) {
    body.identity.principalId ??= stableGuid("principal:" + seed);
    body.identity.tenantId ??= tenantId;
  }
}

// ---------- CIDR helpers ----------
export function parseCidr(cidr: unknown): { base: number; bits: number } | null {
  if (typeof cidr !== "string") return null;
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr.trim());
  if (!m) return null;
  const parts = m.slice(1, 5).map(Number);
  const bits = Number(m[5]);
  if (parts.some((p) => p > 255) || bits > 32) return null;
  const ip = ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  return { base: (ip & mask) >>> 0, bits };
}
export function cidrRange(c: { base: number; bits: number }): [number, number] {
  return [c.base, c.base + 2 ** (32 - c.bits) - 1];
}
export function within(inner: { base: number; bits: number }, outer: { base: number; bits: number }): boolean {
  const [a, b] = cidrRange(inner);
  const [c, d] = cidrRange(outer);
  return a >= c && b <= d;
}
export function overlaps(x: { base: number; bits: number }, y: { base: number; bits: number }): boolean {
  const [a, b] = cidrRange(x);
  const [c, d] = cidrRange(y);
  return a <= d && c <= b;
}
