import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { EmulatorAdminClient } from "../../emulator/admin-client";
import { expect, signIn, test, USERS } from "./fixtures";

// The customization settings page (PRODUCT.md §4) and the admins' settings policy, in a browser.
// The manager holds Contributor on Contoso's subscription in the emulator; reader@contoso.example
// is a cluster manager without an Azure role.

const READER = "reader@contoso.example";
const admin = () => new EmulatorAdminClient(`http://127.0.0.1:${process.env.ARM_EMULATOR_PORT}`);

test.describe.configure({ mode: "serial" });

async function openSettings(page: Page, cluster = "contoso-prod") {
  await page.goto("/clusters");
  await page.getByRole("link", { name: cluster, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: cluster })).toBeVisible();
  await page.getByRole("navigation", { name: "Cluster" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Settings of ${cluster}` })).toBeVisible();
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a manager switches the load balancer to internal: warning, diff, apply, progress, Applied", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.contosoManager);
  // Edit in the cluster list leads to the same page.
  await expect(page.getByRole("row").filter({ hasText: "contoso-prod" }).getByRole("link", { name: "Edit contoso-prod" })).toBeVisible();
  await openSettings(page);

  const mode = page.getByTestId("network-mode");
  await expect(mode).toContainText("A · Fully Public");
  for (const group of ["Networking", "Application cluster", "Custom CA certificate", "Redundancy", "Database", "Observability", "Custom tags"]) {
    await expect(page.getByRole("heading", { level: 2, name: group, exact: true })).toBeVisible();
  }
  // Fixed at initialization: shown, not editable.
  await expect(page.locator('[data-setting="nodeCidr"][data-readonly="true"]')).toContainText("Fixed at initialization.");
  await expect(page.getByRole("textbox", { name: "AKS node CIDR" })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel("Load balancer").selectOption("internal");
  await expect(mode).toHaveAttribute("data-mode", "C");
  await expect(mode).toContainText("C · Semi Private");
  await expect(mode).toContainText("Apps are no longer reachable from the internet");
  await expect(page.getByTestId("change-count")).toHaveText("1 change");

  await page.getByRole("button", { name: "Review changes" }).click();
  const dialog = page.getByRole("dialog", { name: "Review changes" });
  await expect(dialog).toBeVisible();
  const settingsTable = dialog.getByRole("table", { name: "Settings" });
  await expect(settingsTable.getByRole("row").filter({ hasText: "Load balancer" })).toContainText(/Public\s*Internal/);
  await expect(dialog.getByTestId("preview-resource").first()).toBeVisible();
  await expect(dialog).toContainText("defaultIngressControllerType");
  await expect(dialog).toContainText("Disruption");
  await expect(dialog.getByTestId("preview-network-warning")).toContainText("C · Semi Private");
  await expectAccessible(page);

  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("apply-progress")).toBeVisible();
  await expect(page.getByTestId("settings-applied")).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("network-mode")).toContainText("C · Semi Private");
  await expect(page.getByLabel("Load balancer")).toHaveValue("internal");
  await expect(page.getByTestId("change-count")).toHaveText("No changes");

  // Put it back so the demo cluster stays public for the other tests.
  await page.getByLabel("Load balancer").selectOption("public");
  await page.getByRole("button", { name: "Review changes" }).click();
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("settings-applied")).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("network-mode")).toHaveAttribute("data-mode", "A");
});

test("grow-only choices are visibly limited and a bad value is refused next to its field", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.contosoManager);
  await openSettings(page);
  // Storage only grows: smaller tiers than the applied one are offered but marked as not allowed.
  const storageTier = page.getByLabel("Storage performance tier");
  await expect(storageTier.locator("option[disabled]").first()).toBeAttached();
  // A bad value is refused next to its field before anything is sent.
  await page.getByLabel("Maximum node count").fill("2");
  await page.getByRole("button", { name: "Review changes" }).click();
  await expect(page.getByText("Maximum node count: must be at least 3")).toBeVisible();
  await expect(page.getByRole("dialog", { name: "Review changes" })).toBeHidden();
});

test("Azure refuses a change: the page names the refused property, and Revert restores the desired settings", async ({ page }) => {
  test.setTimeout(120_000);
  await admin().addFault({ kind: "provisioningFailure", resourceType: "Microsoft.DBforPostgreSQL/flexibleServers", operations: ["update"], code: "SkuNotAvailable", message: "The SKU Standard_D4ds_v5 is not available in this region.", times: 1 });
  await signIn(page, USERS.contosoManager);
  await openSettings(page);
  await page.getByLabel("PostgreSQL compute size").selectOption("Standard_D4ds_v5");
  await page.getByRole("button", { name: "Review changes" }).click();
  const dialog = page.getByRole("dialog", { name: "Review changes" });
  await expect(dialog).toContainText("Standard_D4ds_v5");
  await dialog.getByRole("button", { name: "Apply" }).click();

  const failure = page.getByTestId("settings-failure");
  await expect(failure).toContainText("SkuNotAvailable", { timeout: 90_000 });
  await expect(failure).toContainText("The applied settings are still the old ones.");
  await expect(page.locator('[data-setting="postgresSku"]')).toContainText("Pending");
  await failure.getByRole("button", { name: "Revert desired settings" }).click();
  await expect(page.getByText("The desired settings are back to the applied ones.")).toBeVisible();
  await expect(page.getByLabel("PostgreSQL compute size")).toHaveValue("Standard_D2ds_v5");
  await expect(page.locator('[data-setting="postgresSku"]')).not.toContainText("Pending");
});

test("a change made in the Azure portal shows as drift, and Recover puts the desired settings back", async ({ page }) => {
  test.setTimeout(150_000);
  const { resources } = await admin().resources("Microsoft.ContainerService/managedClusters");
  const aks = resources.find((resource) => resource.id.includes("mrg-contoso-prod"));
  expect(aks).toBeDefined();
  await admin().drift(`${aks!.id}/agentPools/system`, { properties: { maxCount: 9 } });

  await signIn(page, USERS.contosoManager);
  await page.getByRole("link", { name: "contoso-prod", exact: true }).click();
  await page.getByRole("button", { name: "Refresh status" }).click();
  await expect(page.locator("li[data-operation-id]").first()).toHaveAttribute("data-status", "SUCCEEDED", { timeout: 60_000 });
  await page.getByRole("navigation", { name: "Cluster" }).getByRole("link", { name: "Settings" }).click();

  const drift = page.getByTestId("settings-drift");
  await expect(drift).toContainText("Maximum node count");
  await expect(page.locator('[data-setting="maxNodeCount"]')).toContainText("Azure holds 9");
  await drift.getByRole("button", { name: "Recover" }).click();
  await expect(page.getByTestId("apply-progress")).toBeVisible();
  await expect(page.getByTestId("settings-applied")).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("settings-drift")).toHaveCount(0);
});

test("a member and a manager without an Azure role see the settings read-only with the reason", async ({ page, browser }) => {
  // Two browsers signed in on a busy 2-core machine.
  test.setTimeout(120_000);
  await signIn(page, USERS.contosoMember);
  await openSettings(page);
  await expect(page.getByTestId("settings-read-only")).toContainText("Only cluster managers and owners may change settings.");
  await expect(page.getByRole("button", { name: "Review changes" })).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: "Load balancer" })).toHaveCount(0);
  await expect(page.locator('[data-setting="loadBalancer"]')).toContainText("Public");
  await expectAccessible(page);

  const reader = await browser.newPage();
  await signIn(reader, READER);
  await openSettings(reader);
  await expect(reader.getByTestId("settings-read-only")).toContainText("Owner or Contributor role");
  await expect(reader.getByRole("button", { name: "Review changes" })).toHaveCount(0);
  await reader.close();
});

test("another organisation's owner gets 404 for the settings page", async ({ page, browser }) => {
  // Two browsers signed in on a busy 2-core machine.
  test.setTimeout(120_000);
  await signIn(page, USERS.contosoManager);
  await openSettings(page);
  const url = page.url();
  const fabrikam = await browser.newPage();
  await signIn(fabrikam, USERS.fabrikamOwner);
  expect((await fabrikam.goto(url))?.status()).toBe(404);
  await fabrikam.close();
});

test("an admin locks a setting for Contoso and the manager sees the lock with the reason", async ({ page, browser }) => {
  // Two browsers signed in on a busy 2-core machine.
  test.setTimeout(120_000);
  await signIn(page, USERS.admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Settings policy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings policy" })).toBeVisible();
  await page.getByRole("navigation", { name: "Organisation" }).getByRole("link", { name: "Contoso" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Contoso" })).toBeVisible();
  await expectAccessible(page);

  const reason = "Grafana stays private under Contoso's security baseline.";
  await page.getByLabel("Grafana access", { exact: true }).selectOption("locked");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText("Say why it is locked")).toBeVisible();
  await page.getByLabel("Reason for locking Grafana access").fill(reason);
  await page.getByLabel("Custom tags", { exact: true }).selectOption("hidden");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText("Policy saved.")).toBeVisible();

  const manager = await browser.newPage();
  await signIn(manager, USERS.contosoManager);
  await openSettings(manager);
  const grafana = manager.locator('[data-setting="grafanaAccess"]');
  await expect(grafana).toHaveAttribute("data-readonly", "true");
  await expect(grafana).toContainText("Locked");
  await expect(grafana).toContainText(reason);
  await expect(manager.getByRole("heading", { level: 2, name: "Custom tags" })).toHaveCount(0);
  // The API refuses the locked setting with the reason too.
  const api = manager.url().replace("/clusters/", "/api/v1/clusters/");
  const etag = (await manager.request.get(api)).headers().etag;
  const patch = await manager.request.patch(api, { data: { grafanaAccess: "private" }, headers: { "if-match": etag ?? '"0"' } });
  expect(patch.status()).toBe(403);
  expect(JSON.stringify(await patch.json())).toContain(reason);

  // Back to editable for everyone.
  await page.getByLabel("Grafana access", { exact: true }).selectOption("inherit");
  await page.getByLabel("Custom tags", { exact: true }).selectOption("inherit");
  await page.getByRole("button", { name: "Save policy" }).click();
  await expect(page.getByText("Policy saved.")).toBeVisible();
  await manager.close();
});
