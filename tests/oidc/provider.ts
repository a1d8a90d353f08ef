// A real OpenID Connect provider (`oidc-provider`) on loopback for the tests: one confidential
// client (the portal), a few accounts, and the library's development login and consent pages.
// The login page accepts any password; the login name is the account's key in TEST_ACCOUNTS.
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";
import { TEST_ACCOUNTS, TEST_CLIENT, type TestLogin } from "./accounts";

export interface TestOidcProvider {
  issuer: string;
  close(): Promise<void>;
}

/** Starts the provider on 127.0.0.1 (a free port unless `port` is given) for a client with these redirect URIs. */
export async function startOidcProvider(options: { redirectUris: string[]; port?: number }): Promise<TestOidcProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: options.redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    async findAccount(_ctx, id) {
      const account = TEST_ACCOUNTS[id as TestLogin];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
    claims: { openid: ["sub", "oid"], email: ["email", "email_verified", "xms_edov"], profile: ["name"] },
    // Put the requested claims into the ID token, as Entra ID does with its optional claims.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    cookies: { keys: ["portal-tests-oidc-cookie-key"] },
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    features: { devInteractions: { enabled: true } },
  });
  server.on("request", provider.callback());
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Goes through the provider's login and consent pages without a browser, from the authorization
 * URL the portal redirected to, and returns the URL the provider sends the browser back to (the
 * portal's callback with the code, or with an error).
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<string> {
  const jar = new Map<string, string>();
  const origin = new URL(authorizationUrl).origin;
  let url = authorizationUrl;
  let init: RequestInit = {};
  for (let step = 0; step < 12; step++) {
    const response = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers as Record<string, string>), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; ") } });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location) {
      const next = new URL(location, url);
      if (next.origin !== origin) return next.toString();
      url = next.toString();
      init = {};
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action || !prompt) throw new Error(`unexpected page at ${url} (${response.status}): ${html.slice(0, 300)}`);
    const body = new URLSearchParams(prompt === "login" ? { prompt, login, password: "any" } : { prompt });
    url = new URL(action.replace(/&amp;/g, "&"), url).toString();
    init = { method: "POST", body: body.toString(), headers: { "content-type": "application/x-www-form-urlencoded" } };
  }
  throw new Error("the provider did not send the browser back");
}
