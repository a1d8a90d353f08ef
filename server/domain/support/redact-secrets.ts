import "server-only";

/**
 * Makes collected logs safe to hand to a ticket: keys that name a secret are dropped, values
 * that look like credentials are replaced, and credentials embedded in text are cut out.
 */
export const SECRET_KEY = /password|passwd|pwd|secret|token|key|connectionString|credential|sas|signature/i;

export const REDACTED = "[redacted]";

const CREDENTIAL_VALUE: RegExp[] = [
  /^eyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*$/, // JWT
  /^-----BEGIN [A-Z ]+-----/, // PEM
  /^(Bearer|Basic)\s+\S{8,}$/i,
  /AccountKey=|SharedAccessSignature=|SharedAccessKey=/i,
  /^[A-Za-z0-9+/]{40,}={0,2}$/, // long base64 (storage keys)
  /^[a-f0-9]{40,}$/i, // long hex
];

const EMBEDDED: [RegExp, string][] = [
  // key=value / key: value pairs whose key names a secret
  [/\b([\w.-]*(?:password|passwd|pwd|secret|token|apikey|api_key|accountkey|sharedaccesskey|connectionstring)[\w.-]*)\s*([=:])\s*("[^"]*"|'[^']*'|[^\s,;&"']+)/gi, `$1$2${REDACTED}`],
  // user:password@host in URLs
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)[^\s@/]+@/gi, `$1${REDACTED}@`],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/g, `$1 ${REDACTED}`],
  [/\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g, REDACTED],
  [/([?&]sig=)[^&\s"']+/gi, `$1${REDACTED}`],
];

export function looksLikeCredential(value: string): boolean {
  return CREDENTIAL_VALUE.some((pattern) => pattern.test(value.trim()));
}

export function redactText(text: string): string {
  if (looksLikeCredential(text)) return REDACTED;
  return EMBEDDED.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), text);
}

/** A deep copy of `value` without secrets (JSON-like input; other objects become strings). */
export function redactSecrets(value: unknown, depth = 0): unknown {
  if (depth > 12) return REDACTED;
  if (value === null || value === undefined) return value ?? null;
  if (typeof value === "string") return redactText(value);
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1));
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (SECRET_KEY.test(key)) continue;
      out[key] = redactSecrets(inner, depth + 1);
    }
    return out;
  }
  return REDACTED;
}
