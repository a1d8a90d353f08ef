import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse, Browser } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";
import { EXPECTATIONS, ROLES, type Ids, type Outcome, type Role } from "./route-matrix";

// Walks every page and API route as every role and checks each answer: the rights of each page and
// route are its own (an RSC request for a page renders without its layout), and a route added
// without an entry in route-matrix.ts fails this test.

const ROLE_USER: Record<Exclude<Role, "anonymous">, string> = {
  member: USERS.contosoMember,
  manager: USERS.contosoManager,
  owner: USERS.contosoOwner,
  fabrikam: USERS.fabrikamOwner,
  support: USERS.support,
  admin: USERS.admin,
};

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "page.tsx" || entry.name === "route.ts" ? [full] : [];
  });
}

/** The app's routes as patterns: app/(portal)/clusters/[clusterId]/page.tsx → /clusters/[clusterId]. */
function appRoutes(): string[] {
  const root = path.resolve(__dirname, "../../app");
  return routeFiles(root)
    .map((file) => "/" + path.relative(root, path.dirname(file)).split(path.sep).filter((part) => !/^\(.*\)$/.test(part)).join("/"))
    .map((route) => (route === "/" ? "/" : route.replace(/\/$/, "")))
    .sort();
}

async function contextFor(browser: Browser, baseURL: string, role: Role): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL });
  if (role !== "anonymous") {
    const page = await context.newPage();
    await signIn(page, ROLE_USER[role]);
    await page.close();
  }
  return context.request;
}

/**
 * An RSC request answers 200 with the outcome inside its payload (Next.js encodes redirect() and
 * notFound() there for client navigation), so the payload decides.
 */
function rscOutcome(body: string): Outcome {
  const redirect = /NEXT_REDIRECT;[a-z]+;([^;]+);/.exec(body);
  if (redirect) return redirect[1].startsWith("/sign-in") ? "signin" : "away";
  if (body.includes("NEXT_HTTP_ERROR_FALLBACK;404")) return "hidden";
  if (body.includes("NEXT_HTTP_ERROR_FALLBACK;403")) return "denied";
  return "ok";
}

function outcomeOf(response: APIResponse, api: boolean): Outcome | `status ${number}` {
  const status = response.status();
  const location = response.headers()["location"] ?? "";
  if (status >= 300 && status < 400) return location.includes("/sign-in") ? "signin" : "away";
  if (status === 401 && api) return "signin";
  if (status === 404) return "hidden";
  if (status === 403) return "denied";
  // Past the rights check: a 2xx, or the answer to the deliberately empty body.
  if ((status >= 200 && status < 300) || status === 400 || status === 409 || status === 415 || status === 428) return "ok";
  return `status ${status}`;
}

test("every route has an expectation for every role", () => {
  const missing = appRoutes().filter((route) => !EXPECTATIONS.some((entry) => entry.route === route));
  expect(missing, "routes without an entry in route-matrix.ts").toEqual([]);
});

test("every page and API route answers each role as expected", async ({ browser, baseURL }) => {
  // Hundreds of probes as seven roles: minutes on a small, busy machine.
  test.setTimeout(600_000);
  const owner = await contextFor(browser, baseURL!, "owner");
  const member = await contextFor(browser, baseURL!, "member");
  const fabrikam = await contextFor(browser, baseURL!, "fabrikam");
  const clusters = ((await (await owner.get("/api/v1/clusters?pageSize=100")).json()) as { items: { id: string; name: string }[] }).items;
  const byName = (name: string) => clusters.find((cluster) => cluster.name === name)!.id;
  const fabrikamMain = ((await (await fabrikam.get("/api/v1/clusters")).json()) as { items: { id: string; name: string }[] }).items.find((c) => c.name === "fabrikam-main")!.id;
  const ticket = (await (await member.post("/api/v1/tickets", { data: { clusterId: byName("contoso-prod"), subject: "Route matrix", description: "Opened to walk the routes.", severity: "LOW", environmentAccess: true } })).json()).ticket as { id: string; number: number };
  const operation = (await (await member.post(`/api/v1/clusters/${byName("contoso-prod")}/refresh`)).json()) as { operationId: string };
  const manager = await contextFor(browser, baseURL!, "manager");
  const environments = ((await (await owner.get(`/api/v1/clusters/${byName("contoso-prod")}/environments`)).json()) as { items: { id: string; name: string }[] }).items;
  const environmentId = environments[0].id;
  const snapshot = (await (await manager.post(`/api/v1/environments/${environmentId}/snapshots`, { data: { comment: "route matrix" }, headers: { origin: new URL(baseURL!).origin } })).json()) as { snapshotId: string };
  const contoso = ((await (await owner.get(`/api/v1/clusters/${byName("contoso-prod")}`)).json()) as { organization: { id: string } }).organization.id;
  const connections = ((await (await owner.get("/api/v1/connections")).json()) as { items: { id: string; displayName: string }[] }).items;
  const ids: Ids = {
    contoso,
    connection: connections.find((c) => c.displayName === "Contoso Production")!.id,
    environmentId,
    snapshotId: snapshot.snapshotId,
    prod: byName("contoso-prod"),
    failed: byName("contoso-analytics"),
    fabrikam: fabrikamMain,
    ticketId: ticket.id,
    ticketNumber: String(ticket.number),
    operationId: operation.operationId,
  };

  const failures: string[] = [];
  for (const role of ROLES) {
    const request = role === "owner" ? owner : role === "member" ? member : role === "fabrikam" ? fabrikam : role === "manager" ? manager : await contextFor(browser, baseURL!, role);
    for (const entry of EXPECTATIONS) {
      for (const probe of entry.probes(ids)) {
        const api = probe.path.startsWith("/api/");
        const headers: Record<string, string> = { ...(probe.rsc ? { RSC: "1" } : {}), ...(probe.method !== "GET" && api ? { "content-type": "application/json", origin: new URL(baseURL!).origin } : {}) };
        let response = await request.fetch(probe.path, { method: probe.method, headers, data: probe.method !== "GET" && api ? "{}" : undefined, maxRedirects: 0 });
        // Next.js sends RSC requests without its cache-busting parameter to the same URL with it.
        const location = response.headers()["location"] ?? "";
        if (probe.rsc && response.status() >= 300 && response.status() < 400 && location.includes("_rsc")) response = await request.fetch(location, { headers, maxRedirects: 0 });
        const got = probe.rsc && response.status() === 200 ? rscOutcome(await response.text()) : outcomeOf(response, api);
        const want = probe.expect[role];
        if (got !== want) failures.push(`${role.padEnd(9)} ${probe.method} ${probe.path}${probe.rsc ? " (RSC)" : ""}: expected ${want}, got ${got}${got === "away" ? ` → ${response.headers()["location"]}` : ""}`);
      }
    }
  }
  expect(failures).toEqual([]);
});
