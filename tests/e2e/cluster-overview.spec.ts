import { expect, signIn, test, USERS } from "./fixtures";

test("the overview shows status, components and environments, and a refresh runs as an operation", async ({ page }) => {
  await signIn(page, USERS.contosoMember);
  await page.getByRole("link", { name: "contoso-prod", exact: true }).click();
  await expect(page.getByRole("heading", { name: "contoso-prod" })).toBeVisible();
  await expect(page.getByText("Initialized").first()).toBeVisible();
  const components = page.getByRole("table", { name: "Component health" });
  await expect(components.getByRole("row")).toHaveCount(14);
  await expect(components).toContainText("Kubernetes service");
  const environments = page.getByRole("table", { name: "Environments" });
  await expect(environments).toContainText("production");
  await expect(environments).toContainText("acceptance");

  // PRODUCT.md §16: the load balancer IP Azure gave the apps' ingress (a public one: contoso-prod's load balancer is public), with a copy button.
  const ip = page.getByTestId("detail-load-balancer-ip");
  await expect(ip).toHaveText(/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/);
  const address = (await ip.textContent())!;
  expect(address).not.toMatch(/^(10|127)\.|^192\.168\./);
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy load balancer IP" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied" })).toHaveCount(1);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);

  await page.getByRole("button", { name: "Refresh status" }).click();
  const latest = page.locator("li[data-operation-id]").first();
  await expect(latest).toContainText("Refresh status");
  await expect(latest).toHaveAttribute("data-status", "SUCCEEDED", { timeout: 30_000 });
  await expect(latest.getByRole("status").or(latest.getByText(/Succeeded/)).first()).toBeVisible();
  // Once it ended the page was drawn again from the server: the finished refresh shows its steps
  // folded, one per component, and their list loads when opened.
  await expect(latest.locator("[data-step-status]")).toHaveCount(0);
  await latest.getByText(/^\d+ steps$/).click();
  await expect(latest.locator('[data-step-status="succeeded"]', { hasText: "Kubernetes service" })).toBeVisible();
  // The summary folds and opens them from the keyboard too.
  const summary = latest.getByText(/^\d+ steps$/);
  await summary.press("Enter");
  await expect(latest.locator("[data-step-status]")).toHaveCount(0);
  await summary.press("Space");
  await expect(latest.locator("[data-step-status]").first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Refresh status" })).not.toHaveAttribute("aria-busy", "true");
  // The refresh read the address from Azure again: the same one.
  await page.reload();
  await expect(page.getByTestId("detail-load-balancer-ip")).toHaveText(address);
});

test("a failed cluster names the failed component and its Azure error", async ({ page }) => {
  await signIn(page, USERS.contosoOwner);
  await page.getByRole("link", { name: "contoso-analytics", exact: true }).click();
  await expect(page.getByRole("heading", { name: "contoso-analytics" })).toBeVisible();
  await expect(page.getByText("QuotaExceeded").first()).toBeVisible();
});

test("the activity log shows sign-ins of the organisation only", async ({ page }) => {
  await signIn(page, USERS.contosoManager);
  await expect(page.getByRole("heading", { name: "Clusters", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Activity" }).first().click();
  await expect(page.getByRole("heading", { name: "Activity" })).toBeVisible();
  // Sign-ins are hidden unless asked for.
  await expect(page.getByRole("main").getByText("auth.sign-in")).toHaveCount(0);
  await page.getByLabel("Show sign-ins").check();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/signIns=1/);
  await expect(page.getByRole("main").getByRole("table").getByText(USERS.contosoManager).first()).toBeVisible();
  await expect(page.getByRole("main").getByRole("table").getByText("auth.sign-in").first()).toBeVisible();
  await expect(page.getByText(USERS.fabrikamOwner)).toHaveCount(0);
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, USERS.contosoOwner);
  await expect(page.getByRole("heading", { name: "Clusters", exact: true })).toBeVisible();
  await page.getByRole("button", { name: /Olivia Owner|Account|User menu/ }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/clusters");
  await expect(page).toHaveURL(/\/sign-in/);
});
