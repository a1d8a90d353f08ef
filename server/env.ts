import "server-only";
import { z } from "zod";
import { orgSlug } from "@/lib/org-slug";

// The one place that reads process.env. Every setting is documented in README.md.

/** Provider staff have no organisation; their entry in OIDC_ALLOWED_DOMAINS uses this key. */
export const STAFF_DOMAINS_KEY = "_staff";

const ZDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, "Use domain names such as contoso.com.");

/**
 * `OIDC_ALLOWED_DOMAINS`: which e-mail domains may sign in through OpenID Connect, per organisation
 * slug, e.g. `contoso=contoso.com,contoso.onmicrosoft.com;fabrikam=fabrikam.com;_staff=provider.example`.
 */
export const ZOidcAllowedDomains = z
  .string()
  .max(10_000)
  .transform((value, ctx) => {
    const map: Record<string, string[]> = {};
    for (const entry of value.split(";").map((part) => part.trim()).filter(Boolean)) {
      const eq = entry.indexOf("=");
      const key = eq < 0 ? "" : entry.slice(0, eq).trim().toLowerCase();
      if (!/^([a-z0-9][a-z0-9-]{0,62}|_staff)$/.test(key)) {
        ctx.addIssue({ code: "custom", message: `"${entry}": use organisation-slug=domain,domain (entries separated by ";").` });
        continue;
      }
      const domains = z.array(ZDomain).min(1).safeParse(entry.slice(eq + 1).split(",").map((d) => d.trim()).filter(Boolean));
      if (!domains.success) {
        ctx.addIssue({ code: "custom", message: `"${entry}": ${domains.error.issues[0]?.message ?? "list at least one domain."}` });
        continue;
      }
      map[key] = [...new Set([...(map[key] ?? []), ...domains.data])];
    }
    return map;
  });

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url(),
  AUTH_SECRET: z.string().min(16, "AUTH_SECRET must be at least 16 characters"),
  /** "local" runs against the ARM emulator and shows the demo accounts; "azure" against real Azure. */
  PORTAL_MODE: z.enum(["local", "azure"]).default("local"),
  /** Resource Manager endpoint: the local emulator's URL, or unset for https://management.azure.com. */
  ARM_ENDPOINT: z.string().url().optional(),
  /** Blob endpoint used in local mode (Azurite); in Azure each cluster's storage account is used. */
  AZURE_BLOB_ENDPOINT: z.string().url().optional(),
  AZURE_SUBSCRIPTION_ID: z.string().optional(),
  /** Local mode: superuser URL of the PostgreSQL that holds the environments' databases (default: DATABASE_URL's server). */
  DATA_PLANE_PG_ADMIN_URL: z.string().url().optional(),
  /** Azure mode: the Microsoft Entra administrator of the clusters' PostgreSQL servers (the worker's identity). */
  DATA_PLANE_PG_ADMIN_USER: z.string().min(1).optional(),
  /** Folder of pg_dump / pg_restore, version 12–15 (default: Debian's postgresql-client-15 in /usr/bin). */
  PG_BIN_DIR: z.string().min(1).default("/usr/bin"),
  /** Uploaded snapshots: most bytes an archive may unpack to, and the largest unpacked/packed ratio. */
  BACKUP_MAX_UNPACKED_BYTES: z.coerce.number().int().positive().default(200 * 1024 ** 3),
  BACKUP_MAX_COMPRESSION_RATIO: z.coerce.number().positive().default(200),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  /** A session unused this long ends (server-side; sign-out and "Sign out everywhere" end it at once). */
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(60),
  /** A session ends this long after sign-in, used or not. */
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(8),
  /** Proxies in front of the portal that append to X-Forwarded-For (0: the socket's peer is the client). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  /** Least severe log level written (JSON lines on stdout); "silent" writes none. */
  LOG_LEVEL: z.enum(["trace", "debug", "info", "warn", "error", "fatal", "silent"]).default("info"),
  /**
   * A worker holds a running operation for this long and renews the hold every third of it; an
   * operation whose worker died is queued again once its hold has expired (within about 1.5×).
   */
  OPERATION_LEASE_SECONDS: z.coerce.number().int().min(2).max(600).default(60),
  /** Support center: days a Solved ticket stays open for a reply before it is Closed. */
  SUPPORT_AUTO_CLOSE_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  /** Support center: office holidays (no SLA clock), comma-separated ISO dates "2026-12-25,2026-12-26". */
  SUPPORT_HOLIDAYS: z
    .string()
    .default("")
    .refine((value) => value.split(",").map((day) => day.trim()).filter(Boolean).every((day) => /^\d{4}-\d{2}-\d{2}$/.test(day)), "Use comma-separated YYYY-MM-DD dates."),
  /** Optional Zendesk sync; without subdomain/base URL, e-mail and token the portal's own desk is used alone. */
  ZENDESK_SUBDOMAIN: z.string().regex(/^[a-z0-9-]+$/i).optional(),
  ZENDESK_EMAIL: z.string().email().optional(),
  ZENDESK_API_TOKEN: z.string().min(1).optional(),
  ZENDESK_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** Overrides https://{subdomain}.zendesk.com (tests point it at a local fake). */
  ZENDESK_BASE_URL: z.string().url().optional(),
  /** OpenID Connect sign-in (e.g. https://login.microsoftonline.com/<tenant-id>/v2.0); off when unset. */
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).max(500).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
  /** Shown on the button: "Sign in with <name>". */
  OIDC_PROVIDER_NAME: z.string().trim().min(1).max(60).default("Microsoft Entra ID"),
  OIDC_ALLOWED_DOMAINS: ZOidcAllowedDomains.default({}),
  /** "off" removes e-mail and password sign-in (Azure mode with OpenID Connect only). */
  PASSWORD_SIGN_IN: z.enum(["on", "off"]).default("on"),
  /** The portal's public address, used in links sent by e-mail (default: the address of the request). */
  PORTAL_URL: z.string().url().optional(),
  /** Invitation e-mail; without SMTP_HOST no e-mail is sent and the inviter is shown the link. */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65_535).default(587),
  /** "true": TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  SMTP_SECURE: z.enum(["true", "false"]).default("false"),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  /** The sender, e.g. "Mendix Portal <portal@example.com>"; required with SMTP_HOST. */
  SMTP_FROM: z.string().min(3).optional(),
  /**
   * The first owner of an empty portal: with no organisation in the database yet, a verified
   * OpenID Connect sign-in of this address creates the organisation BOOTSTRAP_ORG_NAME and makes
   * it its owner (decision 0031). Ignored once any organisation exists.
   */
  BOOTSTRAP_OWNER_EMAIL: z.string().trim().toLowerCase().email().max(254).optional(),
  BOOTSTRAP_ORG_NAME: z.string().trim().min(2).max(80).regex(/^[^\u0000-\u001f]+$/, "Use a plain organisation name.").optional(),
})
  .superRefine((value, ctx) => {
    const oidc = [value.OIDC_ISSUER, value.OIDC_CLIENT_ID, value.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({ code: "custom", path: ["OIDC_ISSUER"], message: "OpenID Connect needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together." });
    }
    if (value.OIDC_ISSUER && Object.keys(value.OIDC_ALLOWED_DOMAINS).length === 0) {
      ctx.addIssue({ code: "custom", path: ["OIDC_ALLOWED_DOMAINS"], message: "List the e-mail domains each organisation may sign in with." });
    }
    if (value.PASSWORD_SIGN_IN === "off" && (value.PORTAL_MODE !== "azure" || !value.OIDC_ISSUER)) {
      ctx.addIssue({ code: "custom", path: ["PASSWORD_SIGN_IN"], message: "Password sign-in can only be switched off in Azure mode with OpenID Connect configured." });
    }
    if (Boolean(value.BOOTSTRAP_OWNER_EMAIL) !== Boolean(value.BOOTSTRAP_ORG_NAME)) {
      ctx.addIssue({ code: "custom", path: ["BOOTSTRAP_ORG_NAME"], message: "BOOTSTRAP_OWNER_EMAIL and BOOTSTRAP_ORG_NAME go together." });
    } else if (value.BOOTSTRAP_OWNER_EMAIL && value.BOOTSTRAP_ORG_NAME) {
      const slug = orgSlug(value.BOOTSTRAP_ORG_NAME);
      const domain = value.BOOTSTRAP_OWNER_EMAIL.slice(value.BOOTSTRAP_OWNER_EMAIL.lastIndexOf("@") + 1);
      if (!value.OIDC_ISSUER) {
        ctx.addIssue({ code: "custom", path: ["BOOTSTRAP_OWNER_EMAIL"], message: "The first owner signs in through OpenID Connect: configure OIDC_ISSUER too." });
      } else if (!slug || !value.OIDC_ALLOWED_DOMAINS[slug]?.includes(domain)) {
        ctx.addIssue({ code: "custom", path: ["OIDC_ALLOWED_DOMAINS"], message: `Allow the first owner's domain for the new organisation: ${slug || "<slug>"}=${domain}.` });
      }
    }
    if (value.SMTP_HOST && !value.SMTP_FROM) {
      ctx.addIssue({ code: "custom", path: ["SMTP_FROM"], message: "required when SMTP_HOST is set" });
    }
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

/** Validates settings (env() reads them from process.env once). */
export function parseSettings(source: Record<string, string | undefined>) {
  return schema.safeParse(source);
}

export function env(): Env {
  if (!cached) {
    const parsed = parseSettings(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
      throw new Error(`Invalid configuration:\n${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** Settings a deployment must give because the schema has no default for them. */
export function requiredSettings(): string[] {
  return Object.entries(schema.shape)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}

/** Settings Azure mode needs on top of those (the worker refuses to start without them). */
export const AZURE_MODE_SETTINGS = ["PORTAL_MODE", "DATA_PLANE_PG_ADMIN_USER"] as const;

/** Every setting the portal reads, and Auth.js's own two (it reads them itself). */
export function knownSettings(): string[] {
  return [...Object.keys(schema.shape), "AUTH_URL", "AUTH_TRUST_HOST"];
}
