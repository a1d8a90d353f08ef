// The test identity provider's client and accounts (tests/oidc/provider.ts), apart from the
// provider itself so the browser tests can name them without loading oidc-provider.

/** The name the tests give the provider: the portal shows "Sign in with Test IdP". */
export const TEST_PROVIDER_NAME = "Test IdP";

export const TEST_CLIENT = { id: "portal-tests", secret: "portal-tests-secret-0123456789" };

/** Login names and their ID token claims. The portal's demo accounts are on contoso.example and fabrikam.example. */
export const TEST_ACCOUNTS = {
  /** Verified; the e-mail differs from the stored one in case only, the name from the portal account's. */
  owner: { email: "Owner@Contoso.Example", email_verified: true, name: "O. Owner at the provider", oid: "5b0e6f3a-7c1d-4e2f-9a8b-0c1d2e3f4a5b" },
  /** Entra ID style: no email_verified, the domain verified by the tenant (xms_edov). */
  "entra-manager": { email: "manager@contoso.example", xms_edov: true, name: "Mark Manager" },
  /** A real account, but the provider does not vouch for the address. */
  unverified: { email: "member@contoso.example", email_verified: false, name: "Mia Member" },
  /** Verified, but no portal account has this address. */
  stranger: { email: "stranger@contoso.example", email_verified: true, name: "Sally Stranger" },
  /** Verified; Fabrikam's domain is not allowed in the tests' OIDC_ALLOWED_DOMAINS. */
  "fabrikam-owner": { email: "owner@fabrikam.example", email_verified: true, name: "Fred Fabrikam" },
} as const;

export type TestLogin = keyof typeof TEST_ACCOUNTS;

/** The organisations' allowed domains the tests configure: Contoso's only. */
export const TEST_ALLOWED_DOMAINS = "contoso=contoso.example";

/**
 * `npm start -- --empty` (and the bootstrap browser test): no demo data; the first owner signs in
 * at the test provider as "owner", which creates the organisation Contoso (BOOTSTRAP_* settings),
 * and holds the Owner role on the demo's unconnected subscription in the emulator.
 */
export const BOOTSTRAP_DEMO = {
  login: "owner",
  email: "owner@contoso.example",
  orgName: "Contoso",
  principalId: TEST_ACCOUNTS.owner.oid,
} as const satisfies { login: TestLogin; email: string; orgName: string; principalId: string };
