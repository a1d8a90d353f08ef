import type { Page } from "@playwright/test";
import { EmulatorAdminClient } from "../../emulator/admin-client";
import { initializeMessages as jaInitialize, PREFLIGHT_LABELS as jaChecks, preflightMessages as jaPreflight } from "../../lib/ja/messages-initialize";
import { SETTING_LABELS as jaLabels } from "../../lib/ja/messages-settings";
import { validationMessages as jaValidation } from "../../lib/ja/messages-validation";
import { expect, PASSWORD, signIn, test, USERS } from "./fixtures";

// Needs (see docs/decisions/0006-initialization.md): scripts/start.ts calling provisionDemoAzure after
// seeding (owners hold Owner in the emulator), and ARM_EMULATOR_PORT set in playwright.config.ts so
// this process and the portal agree on the emulator's admin URL.
const admin = () => new EmulatorAdminClient(`http://127.0.0.1:${process.env.ARM_EMULATOR_PORT}`);

async function openCluster(page: import("@playwright/test").Page, name: string) {
  await page.goto("/clusters");
  await page.getByRole("link", { name }).first().click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url().split("/clusters/")[1].split(/[/?]/)[0];
}

/** Signs in whatever language the page is in (the form's field names do not change). */
async function signInWithoutLabels(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').last().click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

test.describe.configure({ mode: "serial" });

const CHECKS = ["providers", "vmSize", "owner", "entitlement"];

// Before contoso-dev is initialized below: the wizard's steps in the URL, and its errors in words.
test("the wizard's step is in the URL: Back and Forward keep the inputs, a reload too, and errors read as sentences", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, USERS.contosoOwner);
  const id = await openCluster(page, "contoso-dev");
  const wizard = `/clusters/${id}/initialize`;
  await page.goto(wizard);
  for (const check of CHECKS) await expect(page.getByTestId(`preflight-${check}`)).toHaveAttribute("data-status", "done", { timeout: 20_000 });
  await page.getByRole("button", { name: "Next: provision options" }).click();
  await expect(page).toHaveURL(/\?step=settings$/);
  await page.getByLabel("AKS node CIDR").fill("192.168.8.0/22");
  await page.getByRole("button", { name: "Next: review" }).click();
  await expect(page).toHaveURL(/\?step=review$/);
  await expect(page.getByText("192.168.8.0/22 (fixed after initialization)")).toBeVisible();

  // The browser's Back shows the options with what was typed; Forward the review again.
  await page.goBack();
  await expect(page).toHaveURL(/\?step=settings$/);
  await expect(page.getByLabel("AKS node CIDR")).toHaveValue("192.168.8.0/22");
  await page.goForward();
  await expect(page).toHaveURL(/\?step=review$/);
  await expect(page.getByText("192.168.8.0/22 (fixed after initialization)")).toBeVisible();
  await page.goBack();

  // An invalid value: a sentence naming the field and the rule, never zod's words.
  await page.getByRole("button", { name: "Add tag" }).click();
  await page.getByLabel("Tag name 1").fill("n".repeat(513));
  await page.getByRole("button", { name: "Next: review" }).click();
  await expect(page.getByText("Custom tags: a name may be at most 512 characters")).toBeVisible();
  await expect(page).toHaveURL(/\?step=settings$/);
  await expect(page.getByText(/Invalid key in record|Invalid input|Expected string/)).toHaveCount(0);
  await page.getByLabel("Tag name 1").fill("team");
  await page.getByLabel("AKS node CIDR").fill("10.0.0.0/8");

  // A reload keeps the inputs; a URL ahead of an invalid step lands on that step, with its error.
  await page.goto(`${wizard}?step=review`);
  await expect(page).toHaveURL(/\?step=settings$/, { timeout: 30_000 });
  await expect(page.getByLabel("AKS node CIDR")).toHaveValue("10.0.0.0/8");
  await expect(page.getByLabel("Tag name 1")).toHaveValue("team");
  await expect(page.getByText("AKS node CIDR: enter an IPv4 range between /16 and /24")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { name: "Provision options" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByLabel("AKS node CIDR")).toHaveValue("10.0.0.0/8");
});

test("the wizard in Japanese (Accept-Language: ja): its heading, steps and a refusal", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ locale: "ja-JP" });
  const page = await context.newPage();
  await signInWithoutLabels(page, USERS.contosoOwner);
  const clusters = ((await (await page.request.get("/api/v1/clusters?pageSize=100")).json()) as { items: { id: string; name: string }[] }).items;
  const id = clusters.find((cluster) => cluster.name === "contoso-dev")!.id;
  await page.goto(`/clusters/${id}/initialize`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1, name: jaInitialize.title("contoso-dev") })).toBeVisible();
  await expect(page.getByRole("list", { name: jaInitialize.stepsLabel })).toContainText(jaInitialize.steps.settings);
  await expect(page.getByRole("heading", { name: jaInitialize.preflightTitle })).toBeVisible();
  for (const check of CHECKS) await expect(page.getByTestId(`preflight-${check}`)).toHaveAttribute("data-status", "done", { timeout: 20_000 });
  // The checks' names, states and findings too (the server words them in the request's language).
  await expect(page.getByTestId("preflight-owner")).toContainText(jaChecks.owner);
  await expect(page.getByTestId("preflight-owner")).toContainText(jaInitialize.status.done);
  await expect(page.getByTestId("preflight-owner")).toContainText(jaPreflight.ownerDone);
  await page.getByRole("button", { name: jaInitialize.toSettings }).click();
  await page.getByLabel(jaLabels.nodeCidr).fill("192.168.0.1/22");
  await page.getByRole("button", { name: jaInitialize.toReview }).click();
  await expect(page.getByText(jaValidation.field(jaLabels.nodeCidr, jaValidation.rules.cidr))).toBeVisible();
  await context.close();
});

test("the owner initializes contoso-dev through the wizard and watches it become Initialized", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.contosoOwner);
  // The owner's list offers Initialize on the one cluster that is not initialized yet.
  await expect(page.getByRole("row").filter({ hasText: "contoso-dev" }).getByRole("link", { name: "Initialize" })).toBeVisible();
  await openCluster(page, "contoso-dev");
  await page.getByRole("link", { name: "Initialize" }).click();
  for (const id of ["providers", "vmSize", "owner", "entitlement"]) await expect(page.getByTestId(`preflight-${id}`)).toHaveAttribute("data-status", "done", { timeout: 20_000 });
  await page.getByRole("button", { name: "Next: provision options" }).click();

  // A field error next to its field, then valid options.
  await page.getByLabel("AKS node CIDR").fill("192.168.0.1/22");
  await page.getByRole("button", { name: "Next: review" }).click();
  await expect(page.getByText("Enter an IPv4 range between /16 and /24")).toBeVisible();
  await page.getByLabel("AKS node CIDR").fill("192.168.8.0/22");
  // The settings of §4 that the wizard shares with the settings page.
  for (const label of ["Network isolated cluster", "Application layer across availability zones", "Database high availability", "Storage redundancy", "Backup storage redundancy"]) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible();
  }
  await page.getByLabel("Network isolated cluster").check();
  await expect(page.getByTestId("network-mode")).toContainText("B · Semi Public");
  await expect(page.getByTestId("network-mode")).toContainText("no outbound internet access");
  await page.getByLabel("Network isolated cluster").uncheck();
  await expect(page.getByTestId("network-mode")).toContainText("A · Fully Public");
  await page.getByLabel("Database high availability").selectOption("SameZone");
  await page.getByLabel("Storage redundancy", { exact: true }).selectOption("ZRS");
  await page.getByRole("button", { name: "Add a CA certificate" }).click();
  await page.getByLabel("PEM certificate").fill("not a certificate");
  await page.getByRole("button", { name: "Next: review" }).click();
  await expect(page.getByText("Paste one PEM certificate")).toBeVisible();
  await page.getByLabel("PEM certificate").fill("");
  await page.getByLabel("AKS tier").selectOption("Premium");
  await page.getByLabel("Grafana access").selectOption("private");
  await page.getByRole("button", { name: "Add tag" }).click();
  await page.getByLabel("Tag name 1").fill("costCenter");
  await page.getByLabel("Tag value 1").fill("cc-7");
  await page.getByRole("button", { name: "Next: review" }).click();
  await expect(page.getByText("192.168.8.0/22 (fixed after initialization)")).toBeVisible();
  await expect(page.getByText("Same zone", { exact: true })).toBeVisible();
  await expect(page.getByText("ZRS · zone redundant", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Initialize" }).click();

  await page.waitForURL(/\/clusters\/[0-9a-f-]+$/);
  const id = page.url().split("/clusters/")[1];
  await expect.poll(async () => (await (await page.request.get(`/api/v1/clusters/${id}`)).json()).status, { timeout: 90_000 }).toBe("INITIALIZED");
  await expect(page.locator("li[data-operation-id]").first()).toHaveAttribute("data-status", "SUCCEEDED", { timeout: 30_000 });
  await expect(page.getByRole("table", { name: "Component health" })).not.toContainText("Pending");
});

test("a failed initialization, a Rerun that fails again, and the automatic ticket", async ({ page }) => {
  test.setTimeout(120_000);
  await admin().addFault({ kind: "provisioningFailure", resourceType: "Microsoft.Dashboard/grafana", name: "grafana-fabrikam-sandbo", code: "GrafanaQuotaExceeded", message: "Managed Grafana quota reached.", times: 2 });
  await signIn(page, USERS.fabrikamOwner);
  const id = await openCluster(page, "fabrikam-sandbox");
  await page.goto(`/clusters/${id}/initialize`);
  for (const check of ["providers", "vmSize", "owner", "entitlement"]) await expect(page.getByTestId(`preflight-${check}`)).toHaveAttribute("data-status", "done", { timeout: 20_000 });
  await page.getByRole("button", { name: "Next: provision options" }).click();
  await page.getByRole("button", { name: "Next: review" }).click();
  await page.getByRole("button", { name: "Initialize" }).click();
  await page.waitForURL(/\/clusters\/[0-9a-f-]+$/);
  await expect(page.getByText("GrafanaQuotaExceeded").first()).toBeVisible({ timeout: 90_000 });

  await page.goto(`/clusters/${id}/initialize?rerun=1`);
  await expect(page.getByTestId("failed-component")).toContainText("Managed Grafana");
  await page.getByRole("button", { name: "Rerun" }).click();
  await page.waitForURL(/\/clusters\/[0-9a-f-]+$/);
  await expect.poll(async () => (await page.request.get(`/api/v1/tickets?clusterId=${id}`)).ok(), { timeout: 60_000 }).toBe(true);
  await expect
    .poll(async () => JSON.stringify(await (await page.request.get(`/api/v1/tickets?clusterId=${id}`)).json()), { timeout: 60_000 })
    .toContain("failed again after a rerun");
});

test("a member and another organisation's owner cannot reach the wizard", async ({ page, browser }) => {
  await signIn(page, USERS.contosoOwner);
  const id = await openCluster(page, "contoso-analytics");
  const member = await browser.newPage();
  await signIn(member, USERS.contosoMember);
  const asMember = await member.goto(`/clusters/${id}/initialize?rerun=1`);
  expect(asMember?.status()).toBe(404);
  expect((await member.request.post(`/api/v1/clusters/${id}/rerun`)).status()).toBe(404);
  const fabrikam = await browser.newPage();
  await signIn(fabrikam, USERS.fabrikamOwner);
  expect((await fabrikam.goto(`/clusters/${id}/initialize`))?.status()).toBe(404);
  expect((await fabrikam.request.post(`/api/v1/clusters/${id}/rerun`)).status()).toBe(404);
  await member.goto("/clusters");
  await expect(member.getByRole("link", { name: "Initialize" })).toHaveCount(0);
});
