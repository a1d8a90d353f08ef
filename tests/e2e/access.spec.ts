import AxeBuilder from "@axe-core/playwright";
import { expect, PASSWORD, signIn, test, USERS } from "./fixtures";

const clusterNames = async (page: import("@playwright/test").Page) =>
  (await page.getByRole("table", { name: "Clusters" }).getByRole("row").allInnerTexts()).slice(1).map((row) => row.split(/\s/)[0]);

test("a wrong password is refused and nothing is revealed", async ({ page }) => {
  await signIn(page, USERS.contosoOwner, "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "Incorrect" })).toHaveText("Incorrect e-mail or password.");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("sign-in only returns to pages of the portal, however the address is disguised", async ({ page }) => {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/\t/127.0.0.1:9/landed")}`);
  await page.getByLabel("E-mail").fill(USERS.contosoOwner);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/clusters$/);
});

test("signed-out visitors are sent to sign-in, and the API answers 401", async ({ page, request }) => {
  await page.goto("/clusters");
  await expect(page).toHaveURL(/\/sign-in/);
  const response = await request.get("/api/v1/clusters");
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({ error: { code: "unauthenticated", message: expect.any(String), requestId: response.headers()["x-request-id"] } });
  // A forged or damaged session cookie is no session.
  const forged = await request.get("/api/v1/clusters", { headers: { cookie: "authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..forged.forged.forged" } });
  expect(forged.status()).toBe(401);
});

test("an owner sees every cluster of Contoso with the actions an owner may take", async ({ page }) => {
  await signIn(page, USERS.contosoOwner);
  await expect(page.getByRole("heading", { name: "Clusters", exact: true })).toBeVisible();
  expect(await clusterNames(page)).toEqual(["contoso-analytics", "contoso-dev", "contoso-prod"]);
  // The Initialize action on contoso-dev is checked by initialize.spec.ts before it initializes it.
  const failedRow = page.getByRole("row").filter({ hasText: "contoso-analytics" });
  await expect(failedRow.getByRole("link", { name: "Rerun" })).toBeVisible();
  await expect(page.getByText("Fabrikam")).toHaveCount(0);

  await page.getByRole("tab", { name: /Failed/ }).click();
  await expect(page).toHaveURL(/status=FAILED/);
  expect(await clusterNames(page)).toEqual(["contoso-analytics"]);

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test("a manager sees all Contoso clusters but may not initialize", async ({ page }) => {
  await signIn(page, USERS.contosoManager);
  await expect(page.getByRole("heading", { name: "Clusters", exact: true })).toBeVisible();
  expect(await clusterNames(page)).toEqual(["contoso-analytics", "contoso-dev", "contoso-prod"]);
  await expect(page.getByRole("link", { name: "Initialize" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Rerun" })).toHaveCount(0);
});

test("a member sees initialized clusters only", async ({ page }) => {
  await signIn(page, USERS.contosoMember);
  await expect(page.getByRole("heading", { name: "Clusters", exact: true })).toBeVisible();
  expect(await clusterNames(page)).toEqual(["contoso-prod"]);
  await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
});

test("a Fabrikam owner cannot reach a Contoso cluster by URL or by API", async ({ page }) => {
  await signIn(page, USERS.contosoOwner);
  await page.getByRole("link", { name: "contoso-prod", exact: true }).click();
  await expect(page.getByRole("heading", { name: "contoso-prod" })).toBeVisible();
  const contosoUrl = page.url();
  const clusterId = contosoUrl.split("/clusters/")[1].split(/[/?]/)[0];
  await page.context().clearCookies();

  await signIn(page, USERS.fabrikamOwner);
  await expect(page.getByRole("heading", { name: "Clusters", exact: true })).toBeVisible();
  expect(await clusterNames(page)).toEqual(["fabrikam-main", "fabrikam-sandbox"]);
  const response = await page.goto(contosoUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("contoso-prod")).toHaveCount(0);

  const api = await page.request.get(`/api/v1/clusters/${clusterId}`);
  expect(api.status()).toBe(404);
  expect((await api.json()).error.code).toBe("not_found");
  const list = await (await page.request.get("/api/v1/clusters")).json();
  expect(list.items.map((item: { name: string }) => item.name)).toEqual(["fabrikam-main", "fabrikam-sandbox"]);
});

test("support staff land on their queue and see no customer clusters", async ({ page }) => {
  await signIn(page, USERS.support);
  await expect(page).toHaveURL((url) => url.pathname === "/staff/support");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clusters" }).click();
  await expect(page.getByRole("heading", { name: "Clusters", exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: "Clusters" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Support queue" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  const list = await (await page.request.get("/api/v1/clusters")).json();
  expect(list.items).toEqual([]);
});

test("a platform admin has the admin area with organisations and the security log, and no customer data", async ({ page, browser }) => {
  // A refused request first: a Fabrikam owner asks for a cluster id that is not theirs.
  const other = await browser.newPage();
  await signIn(other, USERS.fabrikamOwner);
  await expect(other.getByRole("heading", { name: "Clusters", exact: true })).toBeVisible();
  expect((await other.request.get("/api/v1/clusters/00000000-0000-4000-8000-000000000000")).status()).toBe(404);
  await other.close();

  await signIn(page, USERS.admin);
  await expect(page).toHaveURL((url) => url.pathname === "/admin");
  await expect(page.getByText("contoso-prod")).toHaveCount(0);
  await page.getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Admin", exact: true })).toBeVisible();
  const orgs = page.getByRole("table", { name: "Organisations" });
  await expect(orgs.getByRole("row")).toHaveCount(3);
  await expect(orgs).toContainText("Contoso");
  await expect(orgs).toContainText("Fabrikam");
  await expect(page.getByRole("table", { name: "Provider staff" })).toContainText(USERS.support);
  const security = page.getByRole("table", { name: "Security log" });
  await expect(security).toContainText(USERS.fabrikamOwner);
  await expect(security).toContainText("api.get /api/v1/clusters/00000000-0000-4000-8000-000000000000");
});

test("support agents and customers do not reach the admin area", async ({ page }) => {
  await signIn(page, USERS.support);
  await expect(page).toHaveURL((url) => url.pathname === "/staff/support");
  expect((await page.goto("/admin"))?.status()).toBe(404);
  await page.context().clearCookies();
  await signIn(page, USERS.contosoOwner);
  await expect(page.getByRole("heading", { name: "Clusters", exact: true })).toBeVisible();
  expect((await page.goto("/admin"))?.status()).toBe(404);
});
