import type { Browser, Page } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";
import { EXPECTATIONS, type Ids, type Role } from "./route-matrix";

// The console shell as each role meets it, on a desktop and on a 390 px phone: sign in, land on
// the role's first page, open the menu, navigate (focus lands on the page heading), sign out;
// every page of the route matrix fits a phone without sideways scrolling and keeps Sign out
// reachable; the one 404 page; notifications; an organisation in the admin area.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const NONE = "00000000-0000-4000-8000-000000000000";

const ROLE_USER = {
  owner: USERS.contosoOwner,
  manager: USERS.contosoManager,
  member: USERS.contosoMember,
  support: USERS.support,
  admin: USERS.admin,
} as const;
type WalkedRole = keyof typeof ROLE_USER;

const LANDING: Record<WalkedRole, string> = { owner: "/clusters", manager: "/clusters", member: "/clusters", support: "/staff/support", admin: "/admin" };
/** A section each role opens from the menu, and the heading of its page. */
const SECTION: Record<WalkedRole, { link: string; heading: RegExp; path: string }> = {
  owner: { link: "Support Center", heading: /Support/, path: "/support" },
  manager: { link: "Activity", heading: /Activity/, path: "/activity" },
  member: { link: "Support Center", heading: /Support/, path: "/support" },
  support: { link: "Clusters", heading: /Clusters/, path: "/clusters" },
  admin: { link: "Support queue", heading: /Support|queue/i, path: "/staff/support" },
};

async function newPage(browser: Browser, baseURL: string, viewport: { width: number; height: number }, role?: WalkedRole): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport });
  const page = await context.newPage();
  if (role) await signIn(page, ROLE_USER[role]);
  return page;
}

const accountButton = (page: Page) => page.getByRole("button", { name: /\(Account\)/ });

async function signOut(page: Page) {
  await accountButton(page).click();
  const signOutButton = page.getByRole("button", { name: "Sign out", exact: true });
  await expect(signOutButton).toBeInViewport();
  await signOutButton.click();
  await page.waitForURL((url) => url.pathname.startsWith("/sign-in"));
}

for (const [label, viewport] of [["desktop", DESKTOP], ["390 px", PHONE]] as const) {
  for (const role of Object.keys(ROLE_USER) as WalkedRole[]) {
    test(`${role} on ${label}: lands, opens the menu, navigates with focus on the heading, signs out`, async ({ browser, baseURL }) => {
      test.setTimeout(180_000);
      const page = await newPage(browser, baseURL!, viewport, role);
      await expect(page).toHaveURL((url) => url.pathname === LANDING[role]);
      await expect(page.locator("main h1").first()).toBeVisible();
      const section = SECTION[role];
      if (viewport === PHONE) {
        const menu = page.getByRole("button", { name: "Open navigation" });
        await expect(menu).toBeVisible();
        await expect(menu).toHaveAttribute("aria-expanded", "false");
        await menu.click();
        const close = page.getByRole("button", { name: "Close navigation" });
        await expect(close).toHaveAttribute("aria-expanded", "true");
        const links = page.getByRole("navigation", { name: "Main" });
        // Opening moves focus into the menu; Escape closes it and gives focus back to the button.
        await expect(links.getByRole("link").first()).toBeFocused();
        await page.keyboard.press("Escape");
        await expect(links).toHaveCount(0);
        await expect(menu).toBeFocused();
        await menu.click();
        await links.getByRole("link", { name: section.link, exact: true }).click();
        await expect(links).toHaveCount(0);
      } else {
        await expect(page.getByRole("button", { name: "Open navigation" })).toBeHidden();
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: section.link, exact: true }).click();
      }
      await page.waitForURL((url) => url.pathname === section.path);
      const heading = page.locator("main h1").first();
      await expect(heading).toHaveText(section.heading);
      await expect(heading).toBeFocused();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await signOut(page);
      await page.context().close();
    });
  }
}

test("unknown addresses, unknown clusters and other people's pages get the one 404 page with the portal's navigation", async ({ browser, baseURL }) => {
  const page = await newPage(browser, baseURL!, PHONE, "member");
  for (const path of ["/no-such-page", `/clusters/${NONE}`, `/clusters/${NONE}/no-such-section`, "/admin"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator("main h1")).toHaveText("Page not found");
    await expect(page.getByRole("link", { name: "Clusters", exact: true }).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Open navigation" })).toBeVisible();
    await expect(accountButton(page)).toBeVisible();
  }
  await page.context().close();

  const anonymous = await newPage(browser, baseURL!, PHONE);
  const response = await anonymous.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(anonymous.locator("main h1")).toHaveText("Page not found");
  await expect(anonymous.getByRole("link", { name: "Sign in" })).toBeVisible();
  await anonymous.context().close();
});

test("notifications come with their time under the day, a repeat is not added, and Mark all read clears them", async ({ browser, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const owner = await newPage(browser, baseURL!, PHONE, "owner");
  await owner.request.post("/api/v1/notifications/read", { data: {}, headers: { origin } });
  const clusters = ((await (await owner.request.get("/api/v1/clusters?pageSize=100")).json()) as { items: { id: string; name: string }[] }).items;
  const created = await owner.request.post("/api/v1/tickets", { data: { clusterId: clusters.find((c) => c.name === "contoso-prod")!.id, subject: "Bell walk", description: "Watching the bell.", severity: "LOW" }, headers: { origin } });
  const ticket = (await created.json()).ticket as { id: string; number: number };
  const support = await newPage(browser, baseURL!, DESKTOP, "support");
  for (const body of ["First answer.", "Second answer."]) {
    expect((await support.request.post(`/api/v1/tickets/${ticket.id}/comments`, { data: { body }, headers: { origin } })).status()).toBe(201);
  }
  await support.context().close();

  const list = (await (await owner.request.get("/api/v1/notifications")).json()) as { unread: number; items: { message: string; read: boolean }[] };
  const replies = list.items.filter((item) => item.message === `Support replied to ticket #${ticket.number}: Bell walk`);
  expect(replies).toHaveLength(1);

  await owner.goto("/clusters");
  const bell = owner.getByRole("button", { name: /^Notifications, \d+ unread$/ });
  await bell.click();
  const panel = owner.getByTestId("notification-panel");
  await expect(panel.getByRole("heading", { name: "Today" })).toBeVisible();
  const entry = panel.getByTestId("notification").filter({ hasText: `Support replied to ticket #${ticket.number}` });
  await expect(entry).toHaveCount(1);
  await expect(entry.locator("time")).toHaveAttribute("title", /\d{1,2}:\d{2}/);
  await panel.getByRole("button", { name: "Mark all read" }).click();
  await expect(owner.getByRole("button", { name: "Notifications", exact: true })).toBeVisible();
  await expect(owner.getByTestId("notification-count")).toHaveCount(0);
  expect(((await (await owner.request.get("/api/v1/notifications")).json()) as { unread: number }).unread).toBe(0);
  await owner.context().close();
});

test("an admin opens an organisation from the admin table: clusters, members, plan and settings policy", async ({ browser, baseURL }) => {
  const page = await newPage(browser, baseURL!, PHONE, "admin");
  await page.getByRole("link", { name: "Contoso", exact: false }).first().click();
  await page.waitForURL(/\/admin\/organizations\/[0-9a-f-]{36}$/);
  await expect(page.locator("main h1")).toContainText("Contoso");
  await expect(page.locator("main h1")).toBeFocused();
  await expect(page.getByRole("cell", { name: "contoso-prod" })).toBeVisible();
  await expect(page.getByRole("cell", { name: USERS.contosoOwner })).toBeVisible();
  await expect(page.getByTestId("org-plan")).not.toBeEmpty();
  await expect(page.getByRole("heading", { name: "Settings policy" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.context().close();
});

/** The pages `role` may open (answer "ok" in the route matrix); API routes are not pages. */
function pagesFor(role: Role, ids: Ids): string[] {
  const paths = EXPECTATIONS.flatMap((entry) => entry.probes(ids)).filter((probe) => probe.method === "GET" && !probe.rsc && !probe.path.startsWith("/api/") && probe.expect[role] === "ok");
  return [...new Set(paths.map((probe) => probe.path))];
}

async function demoIds(browser: Browser, baseURL: string): Promise<Ids> {
  const owner = await newPage(browser, baseURL, DESKTOP, "owner");
  const origin = new URL(baseURL).origin;
  const clusters = ((await (await owner.request.get("/api/v1/clusters?pageSize=100")).json()) as { items: { id: string; name: string }[] }).items;
  const byName = (name: string) => clusters.find((cluster) => cluster.name === name)!.id;
  const prod = byName("contoso-prod");
  const environments = ((await (await owner.request.get(`/api/v1/clusters/${prod}/environments`)).json()) as { items: { id: string }[] }).items;
  const contoso = ((await (await owner.request.get(`/api/v1/clusters/${prod}`)).json()) as { organization: { id: string } }).organization.id;
  const description = ["A long line in a code block must scroll inside the ticket, not the page:", "```", `upstream connect error ${"x".repeat(300)}`, "```"].join("\n");
  // Direct environment access lets staff open the cluster's diagnostics page with this ticket.
  const created = await owner.request.post("/api/v1/tickets", { data: { clusterId: prod, subject: "Phone walk", description, severity: "LOW", environmentAccess: true }, headers: { origin } });
  expect(created.status()).toBe(201);
  const ticket = (await created.json()).ticket as { id: string; number: number };
  await owner.context().close();
  return { prod, failed: byName("contoso-analytics"), fabrikam: NONE, ticketId: ticket.id, ticketNumber: String(ticket.number), operationId: NONE, environmentId: environments[0].id, snapshotId: NONE, contoso, connection: NONE };
}

test.describe("every page at 390 px", () => {
  let ids: Ids;
  test.beforeAll(async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    ids = await demoIds(browser, baseURL!);
  });

  for (const role of Object.keys(ROLE_USER) as WalkedRole[]) {
    test(`as ${role}: no page scrolls sideways and Sign out is reachable`, async ({ browser, baseURL }) => {
      test.setTimeout(600_000);
      const page = await newPage(browser, baseURL!, PHONE, role);
      const problems: string[] = [];
      for (const path of pagesFor(role, ids)) {
        // A route that answers with a file (the activity export) is a download, not a page.
        const response = await page.goto(path).catch((error: Error) => (error.message.includes("Download is starting") ? null : Promise.reject(error)));
        if (response === null) continue;
        expect(response?.status(), `${path} answers`).toBe(200);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        if (scrollWidth > innerWidth) problems.push(`${path}: ${scrollWidth} px wide in a ${innerWidth} px window`);
        // Pages outside the console (an invitation link) have no account menu.
        if (path.startsWith("/invite/")) continue;
        await accountButton(page).click();
        // The menu's entries load after the page (features/shell/user-menu.tsx): wait for them to be drawn.
        const signOutButton = page.getByRole("button", { name: "Sign out", exact: true });
        const drawn = await signOutButton.waitFor({ state: "visible", timeout: 5_000 }).then(
          () => true,
          () => false,
        );
        if (!drawn || !(await isInViewport(page, "Sign out"))) problems.push(`${path}: Sign out is not reachable`);
        await page.keyboard.press("Escape");
      }
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});

async function isInViewport(page: Page, name: string): Promise<boolean> {
  const box = await page.getByRole("button", { name, exact: true }).boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
}
