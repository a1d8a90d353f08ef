import { z } from "zod";
import { hasNul } from "./text";
import { rule } from "./validation-issues";

// The provision options of a cluster (PRODUCT.md §2) and the customization settings (§4) share
// one shape: desiredSettings/actualSettings on the cluster. Used by forms and the server alike.
// Errors carry no English: lib/validation-issues.ts words every issue (bounds from zod, the other
// rules through `rule(…)`), in the reader's language.

export const AKS_TIERS = ["Free", "Standard", "Premium"] as const;
export const POSTGRES_TIERS = ["Burstable", "GeneralPurpose", "MemoryOptimized"] as const;
export const STORAGE_TIERS = ["P4", "P6", "P10", "P15", "P20", "P30", "P40", "P50", "P60", "P70", "P80"] as const;

/** Storage size in GiB that each performance tier provides (Azure managed disk tiers). */
export const STORAGE_TIER_GIB: Record<(typeof STORAGE_TIERS)[number], number> = {
  P4: 32, P6: 64, P10: 128, P15: 256, P20: 512, P30: 1024, P40: 2048, P50: 4096, P60: 8192, P70: 16384, P80: 32767,
};

export const POSTGRES_SKUS: Record<(typeof POSTGRES_TIERS)[number], readonly string[]> = {
  Burstable: ["Standard_B1ms", "Standard_B2s", "Standard_B2ms"],
  GeneralPurpose: ["Standard_D2ds_v5", "Standard_D4ds_v5", "Standard_D8ds_v5"],
  MemoryOptimized: ["Standard_E2ds_v5", "Standard_E4ds_v5", "Standard_E8ds_v5"],
};

/** Redundancy of a storage account (Azure's SKU names without the performance prefix). */
export const STORAGE_REDUNDANCIES = ["LRS", "ZRS", "GRS", "RA-GRS", "GZRS", "RA-GZRS"] as const;
export type StorageRedundancy = (typeof STORAGE_REDUNDANCIES)[number];

/** High availability of the PostgreSQL flexible server (ARM `highAvailability.mode`, Off = Disabled). */
export const DATABASE_HA_MODES = ["Off", "SameZone", "ZoneRedundant"] as const;
export type DatabaseHighAvailability = (typeof DATABASE_HA_MODES)[number];

/** A PEM-encoded X.509 certificate (format only; the server parses it with node:crypto). */
export const ZPemCertificate = z
  .string()
  .max(16_384)
  .refine((value) => !hasNul(value), rule("nul"))
  .refine((value) => /^-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----\s*$/.test(value.trim()), rule("pem"));

/** Azure's limit on the tags of one resource. */
export const MAX_TAGS = 50;

const FORBIDDEN_TAG_NAME_CHARS = /[<>%&\\?/]/;

export const ZTags = z
  .record(
    z.string().min(1).max(512).refine((name) => !FORBIDDEN_TAG_NAME_CHARS.test(name), rule("tagNameChars")),
    z.string().max(256),
  )
  .refine((tags) => Object.keys(tags).length <= MAX_TAGS, rule("maxTags", { max: MAX_TAGS }));

/** An IPv4 CIDR block, e.g. 192.168.0.0/22, with no host bits set. */
export function parseCidr(value: string): { address: number; prefix: number } | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(value);
  if (!match) return null;
  const octets = match.slice(1, 5).map(Number);
  const prefix = Number(match[5]);
  if (octets.some((octet) => octet > 255) || prefix > 32) return null;
  const address = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  if ((address & ~mask) >>> 0 !== 0) return null;
  return { address, prefix };
}

/** An Azure VM size name, e.g. Standard_D4s_v5. */
export const VM_SIZE = /^Standard_[A-Za-z0-9_]+$/;

export const ZClusterSettings = z
  .object({
    tags: ZTags.default({}),
    aksTier: z.enum(AKS_TIERS).default("Standard"),
    nodeVmSize: z.string().refine((size) => VM_SIZE.test(size), rule("vmSize")).default("Standard_D4s_v5"),
    maxNodeCount: z.number().int().min(3).max(100).default(5),
    loadBalancer: z.enum(["public", "internal"]).default("public"),
    postgresTier: z.enum(POSTGRES_TIERS).default("GeneralPurpose"),
    postgresSku: z.string().default("Standard_D2ds_v5"),
    storageTier: z.enum(STORAGE_TIERS).default("P10"),
    readReplica: z.boolean().default(false),
    nodeCidr: z
      .string()
      .default("192.168.0.0/22")
      .refine((value) => {
        const cidr = parseCidr(value);
        return cidr !== null && cidr.prefix >= 16 && cidr.prefix <= 24;
      }, rule("cidr")),
    grafanaAccess: z.enum(["public", "private"]).default("public"),
    /** No egress from the cluster (outboundType none + artifact cache); fixed after initialization. */
    networkIsolated: z.boolean().default(false),
    /** Application layer (AKS node pool) spread over availability zones 1, 2 and 3. */
    zoneRedundant: z.boolean().default(false),
    databaseHighAvailability: z.enum(DATABASE_HA_MODES).default("Off"),
    storageRedundancy: z.enum(STORAGE_REDUNDANCIES).default("LRS"),
    backupStorageRedundancy: z.enum(STORAGE_REDUNDANCIES).default("LRS"),
    /** PEM text of a custom CA certificate trusted by the cluster's nodes, or null for none. */
    customCaCertificate: ZPemCertificate.nullable().default(null),
  })
  .superRefine((settings, ctx) => {
    if (!POSTGRES_SKUS[settings.postgresTier].includes(settings.postgresSku)) {
      ctx.addIssue({ code: "custom", path: ["postgresSku"], ...rule("postgresSku", { sizes: POSTGRES_SKUS[settings.postgresTier] }) });
    }
    if (settings.readReplica && settings.postgresTier === "Burstable") {
      ctx.addIssue({ code: "custom", path: ["readReplica"], ...rule("readReplicaTier") });
    }
  });

export type ClusterSettings = z.infer<typeof ZClusterSettings>;

export const DEFAULT_CLUSTER_SETTINGS: ClusterSettings = ZClusterSettings.parse({});
