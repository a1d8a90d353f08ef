import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";

// The JIT plan in the browser: Fabrikam is on it. A cluster manager without an Azure role asks for
// an environment; the owner (Owner of the subscription) approves it on the Approvals page and the
// creation runs as the normal operation.

async function openCluster(page: Page) {
  await page.getByRole("link", { name: "fabrikam-main", exact: true }).click();
  await expect(page.getByRole("heading", { name: "fabrikam-main" })).toBeVisible();
}

const section = (page: Page, name: string) => page.getByRole("navigation", { name: "Cluster" }).getByRole("link", { name }).click();

test("a Fabrikam manager requests an environment, the owner approves it and it is created", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.fabrikamManager);
  await openCluster(page);
  await expect(page.getByTestId("cluster-plan")).toHaveText("Just-in-time (JIT)");

  await section(page, "Environments");
  await expect(page.getByRole("heading", { name: "Environments", level: 1 })).toBeVisible();
  await page.getByLabel("Name").fill("jit-shop");
  await page.getByRole("button", { name: "Create environment" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Request sent: Create environment jit-shop (Small)" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Environments" })).not.toContainText("jit-shop");

  // The manager sees the request but may not decide it (no Azure role on the subscription).
  await section(page, "Approvals");
  await expect(page.getByRole("heading", { name: "Approvals", level: 1 })).toBeVisible();
  const row = page.getByTestId("approval-row").filter({ hasText: "Create environment jit-shop" });
  await expect(row.getByTestId("approval-state")).toHaveText("Pending");
  await expect(row).toContainText("Frank Fabrikam");
  await expect(page.getByText(/You can see the requests, but not decide them/)).toBeVisible();
  await expect(row.getByRole("button", { name: /Approve/ })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, USERS.fabrikamOwner);
  await openCluster(page);
  await expect(page.getByTestId("pending-approvals")).toContainText(/request(s)? wait(s)? for approval/);
  await section(page, "Approvals");
  const pending = page.getByTestId("approval-row").filter({ hasText: "Create environment jit-shop" });
  await expect(pending.getByTestId("approval-state")).toHaveText("Pending");

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  await pending.getByRole("button", { name: /Approve/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved: the action is running." })).toBeVisible();
  await expect(pending.getByTestId("approval-state")).toHaveText("Complete", { timeout: 90_000 });
  await expect(pending).toContainText("by Fred Fabrikam");

  await section(page, "Environments");
  const environment = page.getByRole("table", { name: "Environments" }).getByRole("row").filter({ hasText: "jit-shop" });
  await expect(environment).toContainText("Stopped");
});
