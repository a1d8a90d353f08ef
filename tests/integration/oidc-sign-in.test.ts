// OpenID Connect sign-in end to end in-process: the portal's Auth.js configuration (the same
// authConfig the app uses) talks to a real OpenID Connect provider on loopback (tests/oidc/provider.ts):
// discovery, the authorization redirect with PKCE, the provider's login and consent pages, the code
// exchange and ID token checks, then the portal's account matching and server-side session.
import NextAuth from "next-auth";
import { decode } from "next-auth/jwt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/demo-data";
import { authConfig } from "@/server/auth/auth-config";
import type { SignInMethods } from "@/server/auth/sign-in-methods";
import { bootstrapFirstOwner, type OidcBootstrap } from "@/server/domain/auth/bootstrap-first-owner";
import { ZOidcAllowedDomains } from "@/server/env";
import { invitePerson } from "@/server/domain/people/invite-person";
import { loadSessionActor } from "@/server/store/sessions";
import { BOOTSTRAP_DEMO, TEST_ACCOUNTS, TEST_ALLOWED_DOMAINS, TEST_CLIENT, TEST_PROVIDER_NAME, type TestLogin } from "../oidc/accounts";
import { signInAtProvider, startOidcProvider, type TestOidcProvider } from "../oidc/provider";
import { PORTAL_ORIGIN } from "./api";
import { actorFor, resetDatabase, resetWithDemo, testDb } from "./db";

const SESSION_COOKIE = "authjs.session-token";
const session = { idleMinutes: 60, maxHours: 8 };
let idp: TestOidcProvider;

beforeAll(async () => {
  idp = await startOidcProvider({ redirectUris: [`${PORTAL_ORIGIN}/api/auth/callback/oidc`] });
});
afterAll(() => idp?.close());
beforeEach(resetWithDemo);

function methods(password: boolean, bootstrap: OidcBootstrap | null): SignInMethods {
  return {
    password,
    oidc: { issuer: idp.issuer, clientId: TEST_CLIENT.id, clientSecret: TEST_CLIENT.secret, name: TEST_PROVIDER_NAME, allowedDomains: ZOidcAllowedDomains.parse(TEST_ALLOWED_DOMAINS), bootstrap },
  };
}

/** The portal's /api/auth handlers as the app builds them, with a browser's cookie jar. */
function portal(password = true, bootstrap: OidcBootstrap | null = null) {
  const { handlers } = NextAuth(
    authConfig({
      secret: process.env.AUTH_SECRET!,
      methods: methods(password, bootstrap),
      throttle: { maxFailures: 5, lockMinutes: 15 },
      session,
      db: () => testDb,
      requestInfo: async () => ({ ip: "192.0.2.10", userAgent: "integration-test" }),
    }),
  );
  const jar = new Map<string, string>();
  const call = async (path: string, form?: Record<string, string>) => {
    const headers = new Headers({ cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") });
    if (form) {
      headers.set("content-type", "application/x-www-form-urlencoded");
      headers.set("origin", PORTAL_ORIGIN);
    }
    const url = path.startsWith("http") ? path : `${PORTAL_ORIGIN}${path}`;
    const request = new Request(url, { method: form ? "POST" : "GET", headers, body: form ? new URLSearchParams(form).toString() : undefined });
    const { NextRequest } = await import("next/server");
    const response = await (form ? handlers.POST : handlers.GET)(new NextRequest(request));
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const eq = pair.indexOf("=");
      const value = pair.slice(eq + 1);
      if (value && !/max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) jar.set(pair.slice(0, eq), value);
      else jar.delete(pair.slice(0, eq));
    }
    return response;
  };
  const csrf = async () => ((await (await call("/api/auth/csrf")).json()) as { csrfToken: string }).csrfToken;
  return { jar, call, csrf };
}

/** Clicks "Sign in with …", signs in at the provider as `login`, and returns where the portal sends the browser. */
async function signInWithProvider(login: TestLogin, bootstrap: OidcBootstrap | null = null) {
  const browser = portal(true, bootstrap);
  const start = await browser.call("/api/auth/signin/oidc", { csrfToken: await browser.csrf(), callbackUrl: `${PORTAL_ORIGIN}/clusters` });
  const authorization = new URL(start.headers.get("location")!);
  expect(authorization.origin).toBe(idp.issuer);
  expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
  const back = await signInAtProvider(authorization.toString(), login);
  expect(back.startsWith(`${PORTAL_ORIGIN}/api/auth/callback/oidc?`)).toBe(true);
  const done = await browser.call(back);
  return { location: new URL(done.headers.get("location")!, PORTAL_ORIGIN), sessionToken: browser.jar.get(SESSION_COOKIE) };
}

async function sessionActor(token: string | undefined) {
  const claims = await decode({ token, secret: process.env.AUTH_SECRET!, salt: SESSION_COOKIE });
  expect(typeof claims?.sid).toBe("string");
  return loadSessionActor(testDb, claims!.sid as string, claims!.sub!, session);
}

const refusals = (email: string) => testDb.auditEvent.findMany({ where: { action: "auth.sign-in", outcome: "DENIED", actorEmail: email } });

describe("OpenID Connect sign-in", () => {
  it("a verified e-mail of an existing account signs in, case-insensitively, with a server-side session", async () => {
    const { location, sessionToken } = await signInWithProvider("owner");
    expect(location.pathname).toBe("/clusters");
    const actor = await sessionActor(sessionToken);
    expect(actor).toMatchObject({ email: DEMO_USERS.contosoOwner, memberships: [{ role: "OWNER", orgName: "Contoso" }] });
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "auth.sign-in", actorEmail: DEMO_USERS.contosoOwner } });
    expect(event).toMatchObject({ outcome: "SUCCESS", purpose: "OpenID Connect", ip: "192.0.2.10", actorKind: "USER" });
    expect((await testDb.user.findUniqueOrThrow({ where: { email: DEMO_USERS.contosoOwner } })).lastSignInAt).not.toBeNull();
  });

  it("takes Entra ID's xms_edov as verification when the token has no email_verified", async () => {
    const { location, sessionToken } = await signInWithProvider("entra-manager");
    expect(location.pathname).toBe("/clusters");
    expect(await sessionActor(sessionToken)).toMatchObject({ email: DEMO_USERS.contosoManager });
  });

  it("refuses an unverified e-mail, even of an existing account, and audits it", async () => {
    const { location, sessionToken } = await signInWithProvider("unverified");
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("error")).toBe("oidc-unverified");
    expect(sessionToken).toBeUndefined();
    expect(await refusals(TEST_ACCOUNTS.unverified.email)).toMatchObject([{ actorKind: "ANONYMOUS", orgId: null, ip: "192.0.2.10" }]);
    expect((await testDb.user.findUniqueOrThrow({ where: { email: DEMO_USERS.contosoMember } })).lastSignInAt).toBeNull();
  });

  it("refuses an e-mail without a portal account and creates none", async () => {
    const { location, sessionToken } = await signInWithProvider("stranger");
    expect(location.searchParams.get("error")).toBe("oidc-unknown");
    expect(sessionToken).toBeUndefined();
    expect(await testDb.user.findFirst({ where: { email: { equals: TEST_ACCOUNTS.stranger.email, mode: "insensitive" } } })).toBeNull();
    expect(await refusals(TEST_ACCOUNTS.stranger.email)).toHaveLength(1);
  });

  it("an invited address signs in as a new account with the invited role, only where its domain is allowed", async () => {
    const email = TEST_ACCOUNTS.stranger.email.toLowerCase();
    const deps = { baseUrl: PORTAL_ORIGIN, mailer: null };
    const contoso = await testDb.organization.findUniqueOrThrow({ where: { slug: "contoso" } });
    const fabrikam = await testDb.organization.findUniqueOrThrow({ where: { slug: "fabrikam" } });
    await invitePerson(testDb, await actorFor(DEMO_USERS.contosoOwner), contoso.id, { email, role: "MANAGER" }, deps);
    // Fabrikam does not allow contoso.example: its invitation stays pending.
    await invitePerson(testDb, await actorFor(DEMO_USERS.fabrikamOwner), fabrikam.id, { email, role: "MEMBER" }, deps);

    const { location, sessionToken } = await signInWithProvider("stranger");
    expect(location.pathname).toBe("/clusters");
    expect(await sessionActor(sessionToken)).toMatchObject({ email, name: TEST_ACCOUNTS.stranger.name, memberships: [{ role: "MANAGER", orgName: "Contoso" }] });
    const invitations = await testDb.invitation.findMany({ where: { email }, orderBy: { createdAt: "asc" } });
    expect(invitations.map((invitation) => [invitation.orgId, invitation.acceptedAt !== null])).toEqual([[contoso.id, true], [fabrikam.id, false]]);
    expect(await testDb.auditEvent.count({ where: { action: "invitation.accept", orgId: contoso.id } })).toBe(1);
  });

  it("refuses a domain not allowed for the account's organisation, audited in that organisation", async () => {
    const { location, sessionToken } = await signInWithProvider("fabrikam-owner");
    expect(location.searchParams.get("error")).toBe("oidc-domain");
    expect(sessionToken).toBeUndefined();
    const fabrikam = await testDb.organization.findUniqueOrThrow({ where: { slug: "fabrikam" } });
    expect(await refusals(DEMO_USERS.fabrikamOwner)).toMatchObject([{ orgId: fabrikam.id, actorKind: "USER", purpose: expect.stringContaining("domain") }]);
  });

  it("refuses a disabled account", async () => {
    await testDb.user.update({ where: { email: DEMO_USERS.contosoOwner }, data: { disabledAt: new Date() } });
    const { location, sessionToken } = await signInWithProvider("owner");
    expect(location.searchParams.get("error")).toBe("oidc-disabled");
    expect(sessionToken).toBeUndefined();
  });
});

describe("the first owner of an empty portal", () => {
  const bootstrap: OidcBootstrap = { email: BOOTSTRAP_DEMO.email, orgName: BOOTSTRAP_DEMO.orgName, orgSlug: "contoso" };

  it("signs in through the identity provider and creates the organisation, with a trial and their Azure principal", async () => {
    await resetDatabase();
    const { location, sessionToken } = await signInWithProvider(BOOTSTRAP_DEMO.login, bootstrap);
    expect(location.pathname).toBe("/clusters");
    const actor = await sessionActor(sessionToken);
    expect(actor).toMatchObject({ email: BOOTSTRAP_DEMO.email, name: TEST_ACCOUNTS.owner.name, memberships: [{ role: "OWNER", orgName: "Contoso" }] });
    const org = await testDb.organization.findUniqueOrThrow({ where: { slug: "contoso" } });
    expect(org.trialEndsAt!.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect((await testDb.user.findUniqueOrThrow({ where: { email: BOOTSTRAP_DEMO.email } })).azurePrincipalId).toBe(BOOTSTRAP_DEMO.principalId);
    expect(await testDb.auditEvent.findMany({ where: { action: "org.bootstrap" } })).toMatchObject([{ orgId: org.id, actorEmail: BOOTSTRAP_DEMO.email, outcome: "SUCCESS" }]);

    // Once an organisation exists there is no second bootstrap: the next sign-in is an ordinary one.
    await testDb.membership.deleteMany({});
    await testDb.user.deleteMany({});
    const again = await signInWithProvider(BOOTSTRAP_DEMO.login, bootstrap);
    expect(again.location.searchParams.get("error")).toBe("oidc-unknown");
    expect(await testDb.organization.count()).toBe(1);
  });

  it("creates nothing for another address, or when the portal already has organisations", async () => {
    await resetDatabase();
    const stranger = await signInWithProvider("stranger", bootstrap);
    expect(stranger.location.searchParams.get("error")).toBe("oidc-unknown");
    expect(await testDb.organization.count()).toBe(0);

    await resetWithDemo();
    const orgs = await testDb.organization.count();
    const asStranger = { ...bootstrap, email: TEST_ACCOUNTS.stranger.email.toLowerCase() };
    expect((await signInWithProvider("stranger", asStranger)).location.searchParams.get("error")).toBe("oidc-unknown");
    expect(await testDb.organization.count()).toBe(orgs);
  });

  it("an existing account keeps its Azure principal; concurrent first sign-ins create one organisation", async () => {
    const before = (await testDb.user.findUniqueOrThrow({ where: { email: DEMO_USERS.contosoOwner } })).azurePrincipalId;
    await signInWithProvider("owner");
    expect((await testDb.user.findUniqueOrThrow({ where: { email: DEMO_USERS.contosoOwner } })).azurePrincipalId).toBe(before);

    await resetDatabase();
    const identity = { email: BOOTSTRAP_DEMO.email, name: "Ada" };
    const results = await Promise.all([1, 2, 3].map(() => bootstrapFirstOwner(testDb, bootstrap, identity, {})));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await testDb.organization.count()).toBe(1);
    expect(await testDb.membership.count({ where: { role: "OWNER" } })).toBe(1);
  });
});

describe("password sign-in beside OpenID Connect", () => {
  const passwordSignIn = async (password: boolean) => {
    const browser = portal(password);
    const response = await browser.call("/api/auth/callback/credentials", {
      csrfToken: await browser.csrf(),
      email: DEMO_USERS.contosoOwner,
      password: DEMO_PASSWORD,
      callbackUrl: `${PORTAL_ORIGIN}/clusters`,
    });
    return { location: new URL(response.headers.get("location")!, PORTAL_ORIGIN), sessionToken: browser.jar.get(SESSION_COOKIE) };
  };

  it("works while it is on", async () => {
    const { location, sessionToken } = await passwordSignIn(true);
    expect(location.pathname).toBe("/clusters");
    expect(await sessionActor(sessionToken)).toMatchObject({ email: DEMO_USERS.contosoOwner });
  });

  it("is refused when switched off, the right password included", async () => {
    const { location, sessionToken } = await passwordSignIn(false);
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("error")).not.toBeNull();
    expect(sessionToken).toBeUndefined();
    expect(await testDb.auditEvent.count({ where: { action: "auth.sign-in", outcome: "SUCCESS" } })).toBe(0);
  });
});
