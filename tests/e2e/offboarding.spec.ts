import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";

// Off-boarding (PRODUCT.md §11) in a browser: the Fabrikam owner off-boards fabrikam-sandbox from
// its page by typing its name, watches the operation end and no longer finds it in the list; a
// platform admin then revives it from the admin area within the grace period.

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe.configure({ mode: "serial" });

test("the owner off-boards fabrikam-sandbox after typing its name, and it leaves the cluster list", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.fabrikamOwner);
  await page.goto("/clusters");
  await page.getByRole("link", { name: "fabrikam-sandbox" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "fabrikam-sandbox" })).toBeVisible();
  await page.getByRole("link", { name: "Off-board" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Off-board fabrikam-sandbox" })).toBeVisible();
  await expect(page.getByText("The managed resource group mrg-fabrikam-sandbox with every resource in it", { exact: false })).toBeVisible();
  await expect(page.getByText("The cluster's support tickets.")).toBeVisible();
  await expectNoAxeViolations(page);

  const submit = page.getByRole("button", { name: "Off-board this cluster" });
  await expect(submit).toBeDisabled();
  await page.getByLabel("Type fabrikam-sandbox to confirm").fill("fabrikam-sandbo");
  await expect(submit).toBeDisabled();
  await page.getByLabel("Type fabrikam-sandbox to confirm").fill("fabrikam-sandbox");
  await submit.click();

  await expect(page.getByText("The cluster has been off-boarded.")).toBeVisible({ timeout: 120_000 });
  for (const step of ["Delete the managed resource group", "Remove the provider's access", "Delete the support tickets", "Remove the registration"]) {
    await expect(page.locator(`[data-step-status="succeeded"]`, { hasText: step })).toBeVisible();
  }
  await page.getByRole("link", { name: "Back to the cluster list" }).click();
  await expect(page.getByRole("link", { name: "fabrikam-main" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "fabrikam-sandbox" })).toHaveCount(0);
});

test("a platform admin revives the off-boarded cluster within the grace period", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Off-boarded clusters" }).click();
  const row = page.getByRole("row").filter({ hasText: "fabrikam-sandbox" });
  await expect(row).toBeVisible();
  await expectNoAxeViolations(page);
  await row.getByLabel("Purpose (shown to the customer)").fill("Off-boarded by mistake, ticket 42");
  await row.getByRole("button", { name: "Revive fabrikam-sandbox" }).click();
  await expect(page.getByText("No cluster was off-boarded in the grace period.")).toBeVisible();

  const context = await browser.newContext();
  const owner = await context.newPage();
  await signIn(owner, USERS.fabrikamOwner);
  await owner.goto("/clusters");
  await expect(owner.getByRole("link", { name: "fabrikam-sandbox" }).first()).toBeVisible();
  await context.close();
});
