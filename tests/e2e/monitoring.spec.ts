import type { Page } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";

// The Monitoring page (PRODUCT.md §14: Grafana link, the default alert rules from Azure, managers
// switch a rule) and what a Failed cluster offers each role (§2: the owner reruns, managers open a
// ticket prefilled with the failure; its settings read Not applied).

// The switch changes a rule in the emulator that later tests read: one at a time, and put back.
test.describe.configure({ mode: "serial" });

const RULE = { alert: "NodeCpuHigh", label: "Node CPU" };

async function openCluster(page: Page, name: string) {
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

async function openMonitoring(page: Page) {
  await page.getByRole("navigation", { name: /cluster/i }).getByRole("link", { name: "Monitoring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Monitoring" })).toBeVisible();
}

async function switchRule(page: Page, to: "Enabled" | "Disabled") {
  const row = page.getByTestId(`rule-${RULE.alert}`);
  await row.getByRole("button", { name: `${to === "Enabled" ? "Enable" : "Disable"} ${RULE.label}` }).click();
  // An operation in Azure; the page reads the rule again once it has finished.
  await expect(row.getByRole("cell").filter({ hasText: /^(Enabled|Disabled)$/ })).toHaveText(to, { timeout: 30_000 });
  await expect(row.getByRole("alert")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId(`rule-${RULE.alert}`).getByRole("cell").filter({ hasText: /^(Enabled|Disabled)$/ })).toHaveText(to);
}

test("a manager switches an alert rule off and on again in Azure; it stays so after a reload", async ({ page }) => {
  await signIn(page, USERS.contosoManager);
  await openCluster(page, "contoso-prod");
  await openMonitoring(page);
  const grafana = page.getByRole("link", { name: "Open Grafana" });
  await expect(grafana).toHaveAttribute("href", /^https:\/\/.*grafana\.azure\.com/);
  await expect(grafana).toHaveAttribute("target", "_blank");
  // The default rules, by area, as Azure has them.
  for (const area of ["Mendix apps", "Nodes", "PostgreSQL"]) await expect(page.getByRole("table", { name: area })).toBeVisible();
  await expect(page.getByTestId("rule-MendixAppNoReplicas")).toContainText("Critical");
  await expect(page.getByTestId("rule-PostgresStorageHigh")).toContainText("above 90 %");
  await expect(page.getByTestId(`rule-${RULE.alert}`)).toContainText("Enabled");

  await switchRule(page, "Disabled");
  await switchRule(page, "Enabled");
  // Both switches are operations of the cluster, named as such on the overview.
  await page.getByRole("navigation", { name: /cluster/i }).getByRole("link", { name: "Overview" }).click();
  const latest = page.locator("li[data-operation-id]");
  for (const index of [0, 1]) {
    await expect(latest.nth(index)).toContainText("Switch alert rule");
    await expect(latest.nth(index)).toHaveAttribute("data-status", "SUCCEEDED");
  }
});

test("a member sees the alert rules read-only", async ({ page }) => {
  await signIn(page, USERS.contosoMember);
  await openCluster(page, "contoso-prod");
  await openMonitoring(page);
  await expect(page.getByText("Managers and owners can switch rules on or off.")).toBeVisible();
  await expect(page.getByTestId(`rule-${RULE.alert}`)).toContainText("Enabled");
  await expect(page.getByRole("main").getByRole("button", { name: /^(Enable|Disable) / })).toHaveCount(0);
});

test("on a failed cluster the owner is offered Rerun, and its settings read Not applied", async ({ page }) => {
  await signIn(page, USERS.contosoOwner);
  await openCluster(page, "contoso-analytics");
  const failed = page.getByTestId("failed-cluster");
  await expect(failed.getByRole("heading", { name: "Initialization failed" })).toBeVisible();
  await expect(failed.getByTestId("failure-cause")).toContainText("QuotaExceeded");
  await expect(failed.getByRole("link", { name: "Rerun" })).toHaveAttribute("href", /\/initialize\?rerun=1$/);
  const settings = page.getByRole("table", { name: "Settings" });
  await expect(settings.getByText("Not applied").first()).toBeVisible();
  await expect(settings.getByText("Pending")).toHaveCount(0);
});

test("a manager cannot rerun a failed cluster but opens a ticket prefilled with the failure", async ({ page }) => {
  await signIn(page, USERS.contosoManager);
  await openCluster(page, "contoso-analytics");
  const failed = page.getByTestId("failed-cluster");
  await expect(failed.getByTestId("failure-cause")).toContainText("QuotaExceeded");
  await expect(failed.getByRole("link", { name: "Rerun" })).toHaveCount(0);
  await expect(failed).toContainText("Only the organisation's owner can rerun the initialization.");

  await failed.getByRole("button", { name: "Open a ticket" }).click();
  const form = failed.getByRole("form", { name: "Open a ticket about this failure" });
  await expect(form.getByLabel("Subject")).toHaveValue("Initialization of contoso-analytics failed");
  const description = await form.getByLabel("Description").inputValue();
  expect(description).toContain("The initialization of contoso-analytics failed.");
  expect(description).toContain("QuotaExceeded");
  await expect(form.getByLabel("Severity")).toHaveValue("HIGH");
  await form.getByRole("button", { name: "Open ticket" }).click();

  await expect(page.getByRole("heading", { level: 1, name: /Initialization of contoso-analytics failed/ })).toBeVisible();
  expect(new URL(page.url()).pathname).toMatch(/^\/support\/\d+$/);
  await expect(page.getByRole("main")).toContainText("QuotaExceeded");
  await expect(page.getByTestId("ticket-state")).toContainText("High");
});
