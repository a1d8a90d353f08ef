import { describe, expect, it } from "vitest";
import { signInMessages, signInErrorMessage } from "@/lib/messages-sign-in";
import { signInMethods } from "./auth/sign-in-methods";
import { parseSettings, ZOidcAllowedDomains } from "./env";

const base = { DATABASE_URL: "postgres://u:p@127.0.0.1:5432/portal", AUTH_SECRET: "0123456789abcdef0123" };
const oidc = { OIDC_ISSUER: "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0", OIDC_CLIENT_ID: "client", OIDC_CLIENT_SECRET: "secret", OIDC_ALLOWED_DOMAINS: "contoso=contoso.com" };

function issues(source: Record<string, string>) {
  const parsed = parseSettings(source);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
}

describe("OIDC_ALLOWED_DOMAINS", () => {
  it("maps organisation slugs (and _staff) to lower-case domains", () => {
    expect(ZOidcAllowedDomains.parse(" contoso = Contoso.com, contoso.onmicrosoft.com ; fabrikam=fabrikam.com;_staff=provider.example;")).toEqual({
      contoso: ["contoso.com", "contoso.onmicrosoft.com"],
      fabrikam: ["fabrikam.com"],
      _staff: ["provider.example"],
    });
  });

  it("refuses entries without a slug, without domains, or with something that is not a domain", () => {
    for (const bad of ["contoso.com", "contoso=", "=contoso.com", "contoso=contoso", "contoso=*.contoso.com", "Con toso=contoso.com", "contoso=contoso.com\u0000"]) {
      expect(ZOidcAllowedDomains.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("sign-in settings", () => {
  it("OpenID Connect needs issuer, client id, secret and allowed domains together", () => {
    expect(issues({ ...base, ...oidc })).toEqual([]);
    expect(issues({ ...base, OIDC_ISSUER: oidc.OIDC_ISSUER, OIDC_ALLOWED_DOMAINS: "contoso=contoso.com" })).toContain("OIDC_ISSUER");
    expect(issues({ ...base, ...oidc, OIDC_ALLOWED_DOMAINS: "" })).toContain("OIDC_ALLOWED_DOMAINS");
  });

  it("password sign-in can be switched off only in Azure mode with OpenID Connect", () => {
    expect(issues({ ...base, ...oidc, PORTAL_MODE: "azure", PASSWORD_SIGN_IN: "off" })).toEqual([]);
    expect(issues({ ...base, ...oidc, PASSWORD_SIGN_IN: "off" })).toContain("PASSWORD_SIGN_IN");
    expect(issues({ ...base, PORTAL_MODE: "azure", PASSWORD_SIGN_IN: "off" })).toContain("PASSWORD_SIGN_IN");
  });

  it("the first owner of an empty portal needs OpenID Connect and an allowed domain for the new organisation", () => {
    const bootstrap = { BOOTSTRAP_OWNER_EMAIL: "Ada@Contoso.com", BOOTSTRAP_ORG_NAME: "Contoso" };
    expect(issues({ ...base, ...oidc, ...bootstrap })).toEqual([]);
    expect(issues({ ...base, ...bootstrap })).toContain("BOOTSTRAP_OWNER_EMAIL");
    expect(issues({ ...base, ...oidc, BOOTSTRAP_OWNER_EMAIL: "ada@contoso.com" })).toContain("BOOTSTRAP_ORG_NAME");
    expect(issues({ ...base, ...oidc, ...bootstrap, BOOTSTRAP_OWNER_EMAIL: "ada@elsewhere.com" })).toContain("OIDC_ALLOWED_DOMAINS");
    expect(issues({ ...base, ...oidc, ...bootstrap, BOOTSTRAP_ORG_NAME: "Contoso Ltd" })).toContain("OIDC_ALLOWED_DOMAINS");
    expect(issues({ ...base, ...oidc, ...bootstrap, BOOTSTRAP_ORG_NAME: "Con\u0000toso" })).toContain("BOOTSTRAP_ORG_NAME");
    const parsed = parseSettings({ ...base, ...oidc, ...bootstrap });
    expect(parsed.success && signInMethods(parsed.data).oidc?.bootstrap).toEqual({ email: "ada@contoso.com", orgName: "Contoso", orgSlug: "contoso" });
  });

  it("offers the methods the settings give", () => {
    const parse = (source: Record<string, string>) => {
      const parsed = parseSettings(source);
      if (!parsed.success) throw parsed.error;
      return signInMethods(parsed.data);
    };
    expect(parse(base)).toEqual({ password: true, oidc: null });
    expect(parse({ ...base, ...oidc })).toMatchObject({ password: true, oidc: { name: "Microsoft Entra ID", allowedDomains: { contoso: ["contoso.com"] } } });
    expect(parse({ ...base, ...oidc, PORTAL_MODE: "azure", PASSWORD_SIGN_IN: "off", OIDC_PROVIDER_NAME: "Contoso SSO" })).toMatchObject({ password: false, oidc: { name: "Contoso SSO" } });
  });

  it("explains a refusal on the sign-in page, and any other error generically", () => {
    expect(signInErrorMessage(undefined)).toBeNull();
    expect(signInErrorMessage("oidc-unknown")).toBe(signInMessages.refusals["oidc-unknown"]);
    expect(signInErrorMessage("OAuthCallbackError")).toBe(signInMessages.failed);
  });
});
