import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";
import { EXPECTATIONS, type Ids, type Role } from "./route-matrix";

// Every page of the portal, as each role that may see it, in the light and the dark colour scheme,
// passes axe's WCAG 2.1 A and AA rules. The pages come from route-matrix.ts, so a new page is
// scanned as soon as it has its entry there.

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SCHEMES = ["light", "dark"] as const;
const ROLE_USER = { owner: USERS.contosoOwner, member: USERS.contosoMember, support: USERS.support, admin: USERS.admin } as const;
type ScannedRole = keyof typeof ROLE_USER;

/** The pages of one route `role` may open (answer "ok" in the route matrix); API routes and downloads (CSV export) are not pages. */
function pagesFor(entry: (typeof EXPECTATIONS)[number], role: Role, ids: Ids): string[] {
  const paths = entry
    .probes(ids)
    .filter((probe) => probe.method === "GET" && !probe.rsc && !probe.path.startsWith("/api/") && !probe.path.split("?")[0].endsWith("/export") && probe.expect[role] === "ok")
    .map((probe) => probe.path);
  return [...new Set(paths)];
}

async function signedInPage(browser: Browser, baseURL: string, role: ScannedRole): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, ROLE_USER[role]);
  return page;
}

/** The ids of the demo data the pages need, and a ticket with a code block and collected logs. */
async function demoIds(browser: Browser, baseURL: string): Promise<Ids> {
  const owner = await signedInPage(browser, baseURL, "owner");
  const origin = new URL(baseURL).origin;
  const clusters = ((await (await owner.request.get("/api/v1/clusters?pageSize=100")).json()) as { items: { id: string; name: string }[] }).items;
  const byName = (name: string) => clusters.find((cluster) => cluster.name === name)!.id;
  const prod = byName("contoso-prod");
  const environments = ((await (await owner.request.get(`/api/v1/clusters/${prod}/environments`)).json()) as { items: { id: string }[] }).items;
  const contoso = ((await (await owner.request.get(`/api/v1/clusters/${prod}`)).json()) as { organization: { id: string } }).organization.id;
  const description = ["The ingress answers 502 since this morning:", "```", `upstream connect error or disconnect/reset before headers. reset reason: connection failure, transport failure reason: delayed connect error: 111 ${"x".repeat(200)}`, "```"].join("\n");
  const created = await owner.request.post("/api/v1/tickets", { data: { clusterId: prod, subject: "Accessibility walk", description, severity: "LOW", environmentAccess: true }, headers: { origin } });
  expect(created.status()).toBe(201);
  const ticket = (await created.json()).ticket as { id: string; number: number };
  await owner.context().close();
  return {
    prod,
    failed: byName("contoso-analytics"),
    fabrikam: "not-scanned",
    ticketId: ticket.id,
    ticketNumber: String(ticket.number),
    operationId: "not-scanned",
    environmentId: environments[0].id,
    snapshotId: "not-scanned",
    contoso,
    connection: "not-scanned",
  };
}

/** Opens `path` in both colour schemes, with every disclosure open, and returns axe's findings. */
async function scan(page: Page, path: string): Promise<string[]> {
  const findings: string[] = [];
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const response = await page.goto(path);
    expect(response?.status(), `${path} answers`).toBe(200);
    await expect(page.locator("main h1").first()).toBeVisible();
    await page.locator("details:not([open]) > summary").evaluateAll((summaries) => summaries.forEach((summary) => (summary.parentElement as HTMLDetailsElement).open = true));
    const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
    for (const violation of results.violations) {
      findings.push(`${path} (${colorScheme}): ${violation.id} — ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
    }
  }
  return findings;
}

const PLACEHOLDER_IDS: Ids = { prod: "p", failed: "f", fabrikam: "x", ticketId: "t", ticketNumber: "1", operationId: "o", environmentId: "e", snapshotId: "s", contoso: "c", connection: "n" };

let ids: Ids;
test.beforeAll(async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  ids = await demoIds(browser, baseURL!);
});

test("the sign-in page passes axe in both colour schemes", async ({ page }) => {
  expect(await scan(page, "/sign-in")).toEqual([]);
});

for (const role of Object.keys(ROLE_USER) as ScannedRole[]) {
  test.describe(`as ${role}`, () => {
    let page: Page;
    test.beforeAll(async ({ browser, baseURL }) => {
      test.setTimeout(120_000);
      page = await signedInPage(browser, baseURL!, role);
    });
    test.afterAll(async () => page?.context().close());

    for (const entry of EXPECTATIONS.filter((candidate) => pagesFor(candidate, role, PLACEHOLDER_IDS).length > 0)) {
      test(`${entry.route} passes axe in both colour schemes`, async () => {
        test.setTimeout(120_000);
        const findings: string[] = [];
        for (const path of pagesFor(entry, role, ids)) findings.push(...(await scan(page, path)));
        expect(findings).toEqual([]);
      });
    }
  });
}
