import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { EmulatorAdminClient } from "../../emulator/admin-client";
import { expect, signIn, test, USERS } from "./fixtures";

// The settings page's paths after the first apply: Retry after Azure refused a change, the notice
// when someone else changed the settings meanwhile, and replacing the custom CA certificate.
// Fabrikam's owner holds Owner on Fabrikam's subscription; these tests change fabrikam-main only.

const admin = () => new EmulatorAdminClient(`http://127.0.0.1:${process.env.ARM_EMULATOR_PORT}`);
const certificate = (name: string) => fs.readFileSync(path.resolve("tests/fixtures/certificates", name), "utf8");

test.describe.configure({ mode: "serial" });

async function openSettings(page: Page) {
  await page.goto("/clusters");
  await page.getByRole("link", { name: "fabrikam-main", exact: true }).click();
  await page.getByRole("navigation", { name: "Cluster" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings of fabrikam-main" })).toBeVisible();
}

async function reviewAndApply(page: Page) {
  await page.getByRole("button", { name: "Review changes" }).click();
  await page.getByRole("dialog", { name: "Review changes" }).getByRole("button", { name: "Apply" }).click();
}

test("after Azure refused a change, Retry applies it and the setting is no longer pending", async ({ page }) => {
  test.setTimeout(150_000);
  await admin().addFault({ kind: "provisioningFailure", resourceType: "Microsoft.DBforPostgreSQL/flexibleServers", operations: ["update"], code: "ServerBusy", message: "The server is busy with another operation.", times: 1 });
  await signIn(page, USERS.fabrikamOwner);
  await openSettings(page);
  const before = await page.getByLabel("PostgreSQL compute size").inputValue();
  const target = before === "Standard_D4ds_v5" ? "Standard_D8ds_v5" : "Standard_D4ds_v5";
  await page.getByLabel("PostgreSQL compute size").selectOption(target);
  await reviewAndApply(page);

  const failure = page.getByTestId("settings-failure");
  await expect(failure).toContainText("ServerBusy", { timeout: 90_000 });
  await expect(page.locator('[data-setting="postgresSku"]')).toContainText("Pending");
  await failure.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByTestId("settings-applied")).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("settings-failure")).toHaveCount(0);
  await expect(page.getByLabel("PostgreSQL compute size")).toHaveValue(target);
  await expect(page.locator('[data-setting="postgresSku"]')).not.toContainText("Pending");
});

test("when someone else applied a change meanwhile, the page says so, applies nothing and Reload shows theirs", async ({ page, browser, consoleErrors }) => {
  test.setTimeout(150_000);
  await signIn(page, USERS.fabrikamOwner);
  await openSettings(page);
  const ours = page.getByLabel("Maximum node count");
  const start = Number(await ours.inputValue());

  // A colleague changes the maximum node count in another browser and it is applied.
  const other = await browser.newContext();
  const theirs = await other.newPage();
  await signIn(theirs, USERS.fabrikamOwner);
  await openSettings(theirs);
  await theirs.getByLabel("Maximum node count").fill(String(start + 2));
  await reviewAndApply(theirs);
  await expect(theirs.getByTestId("settings-applied")).toBeVisible({ timeout: 90_000 });
  await other.close();

  // Our page still holds the old version: our change is refused, not merged over theirs.
  await ours.fill(String(start + 1));
  await reviewAndApply(page);
  const conflict = page.getByTestId("settings-conflict");
  await expect(conflict).toContainText("Someone else changed these settings");
  await expect(page.getByTestId("apply-progress")).toHaveCount(0);
  await conflict.getByRole("button", { name: "Reload settings" }).click();
  await expect(page.getByTestId("settings-conflict")).toHaveCount(0);
  await expect(ours).toHaveValue(String(start + 2));
  // The browser logs the refused PATCH (409) as a failed load; that one is expected here.
  const refused = consoleErrors.findIndex((error) => error.includes("status of 409 (Conflict)"));
  expect(refused).toBeGreaterThanOrEqual(0);
  consoleErrors.splice(refused, 1);
});

test("an owner adds a custom CA certificate, then replaces it with another one", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.fabrikamOwner);
  await openSettings(page);
  const field = page.locator('[data-setting="customCaCertificate"]');

  await field.getByRole("button", { name: "Add a CA certificate" }).click();
  await page.getByLabel("PEM certificate").fill(certificate("test-ca.pem"));
  await reviewAndApply(page);
  await expect(page.getByTestId("settings-applied")).toBeVisible({ timeout: 90_000 });
  await expect(field).toContainText("Contoso Proxy CA");
  await expect(field).toContainText("2C:4D:D3:94");

  await field.getByRole("button", { name: "Replace" }).click();
  await page.getByLabel("PEM certificate").fill(certificate("test-ca-2.pem"));
  await reviewAndApply(page);
  await expect(page.getByTestId("settings-applied")).toBeVisible({ timeout: 90_000 });
  await expect(field).toContainText("Contoso Second CA");
  await expect(field).toContainText("CE:22:D5:FB");
  await expect(field).not.toContainText("Contoso Proxy CA");
});
