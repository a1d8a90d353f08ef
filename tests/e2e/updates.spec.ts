import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";

// Service updates (PRODUCT.md §8) in a browser: a platform admin publishes a release with a first
// wave, and a customer sees it scheduled on the cluster's Updates page in the maintenance window.

test.describe.configure({ mode: "serial" });

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("an admin publishes a release and a customer sees it scheduled on the Updates page", async ({ page, browser }) => {
  // Two browsers signed in on a busy 2-core machine.
  test.setTimeout(300_000);
  const version = `e2e-${Date.now()}`;
  await signIn(page, USERS.admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Releases" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Releases" })).toBeVisible();
  await expectAccessible(page);

  // A release without a version is refused next to its field, and nothing is published.
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.locator("#release-version-error")).toBeVisible();

  await page.getByLabel("Release", { exact: true }).fill(version);
  await page.getByLabel("Kubernetes", { exact: true }).fill("1.34.0");
  await page.getByLabel("Mendix Operator", { exact: true }).fill("2.24.0");
  await page.getByLabel(/^contoso-prod/).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published; the updates are scheduled.")).toBeVisible();
  const rollout = page.locator(`[data-release="${version}"]`);
  await expect(rollout.locator('[data-cluster="contoso-prod"]')).toContainText("Scheduled");
  await expect(rollout.locator('[data-cluster="fabrikam-main"]')).toContainText("Scheduled");

  // Its own context: axe needs one per page.
  const context = await browser.newContext();
  const customer = await context.newPage();
  await signIn(customer, USERS.contosoOwner);
  await customer.goto("/clusters");
  await customer.getByRole("link", { name: "contoso-prod", exact: true }).click();
  await customer.getByRole("navigation", { name: "Cluster" }).getByRole("link", { name: "Updates" }).click();
  await expect(customer.getByRole("heading", { level: 1, name: "Updates" })).toBeVisible();
  await expect(customer.getByText("cannot be changed by customers")).toBeVisible();
  await expect(customer.getByText("Sun 02:00-06:00 UTC, every week")).toBeVisible();
  const scheduled = customer.getByRole("table", { name: "Scheduled" }).getByRole("row").filter({ hasText: version });
  await expect(scheduled).toContainText("Scheduled");
  await expect(scheduled).toContainText("Kubernetes");
  await expect(scheduled).toContainText("→ 1.34.0");
  await expect(scheduled).toContainText("Mendix Operator");
  await expect(scheduled).toContainText("→ 2.24.0");
  await expectAccessible(customer);
  await context.close();

  // The admin pauses the rollout.
  await rollout.getByRole("button", { name: `Pause ${version}` }).click();
  await expect(rollout.getByRole("button", { name: `Resume ${version}` })).toBeVisible();
  await expect(rollout).toContainText("Paused");
});

test("another organisation's owner gets 404 for the Updates page", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.contosoOwner);
  await page.goto("/clusters");
  await page.getByRole("link", { name: "contoso-prod", exact: true }).click();
  const url = `${new URL(page.url()).pathname}/updates`;
  await page.context().clearCookies();
  await signIn(page, USERS.fabrikamOwner);
  const answer = await page.goto(url);
  expect(answer?.status()).toBe(404);
});
