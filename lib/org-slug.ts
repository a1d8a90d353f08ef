/**
 * An organisation's slug from its name: the key OIDC_ALLOWED_DOMAINS lists its e-mail domains
 * under ("Contoso Ltd." → "contoso-ltd"). Empty when the name has no letter or digit of a-z/0-9.
 */
export function orgSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 63)
    .replace(/-+$/, "");
}
