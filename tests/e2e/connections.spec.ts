import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { DEMO_UNCONNECTED_SUBSCRIPTION as STAGING } from "../../prisma/demo-data";
import { expect, signIn, test, USERS } from "./fixtures";

// Connecting a subscription in a browser: the Contoso owner connects the demo's subscription that
// no organisation has connected yet (the emulator holds a managed application of the offer in
// it), sees its cluster Ready to initialize, rescans and disconnects; a manager gets no such page.

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The browser logs each refused request (409) it was shown; exactly those are expected. */
function expectRefusalLogged(consoleErrors: string[]) {
  const refused = consoleErrors.findIndex((error) => error.includes("status of 409 (Conflict)"));
  expect(refused, "the refused request in the console").toBeGreaterThanOrEqual(0);
  consoleErrors.splice(refused, 1);
}

test.describe.configure({ mode: "serial" });

test("the owner connects a subscription, finds its cluster Ready to initialize, rescans and disconnects", async ({ page, consoleErrors }) => {
  test.setTimeout(180_000);
  await signIn(page, USERS.contosoOwner);
  await page.goto("/clusters");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Connections" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Azure connections" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Contoso Production" })).toBeVisible();
  await expectNoAxeViolations(page);

  // Bad input is refused in the form, before anything is sent.
  await page.getByLabel("Tenant id").fill("not-a-guid");
  await page.getByLabel("Subscription id").fill(STAGING.subscriptionId);
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page.getByText("The tenant id is a GUID", { exact: false })).toBeVisible();
  await expect(page.getByText("Enter a display name.")).toBeVisible();

  await page.getByLabel("Tenant id").fill(STAGING.tenantId);
  await page.getByLabel("Display name").fill(STAGING.displayName);
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page.getByText("The subscription is connected.")).toBeVisible({ timeout: 60_000 });

  const card = page.getByRole("region", { name: STAGING.displayName });
  await expect(card.getByRole("row").filter({ hasText: "contoso-staging" })).toContainText("Ready to initialize");
  await expect(card).toContainText(STAGING.subscriptionId);

  // The same subscription again: refused with a clear message.
  await page.getByLabel("Tenant id").fill(STAGING.tenantId);
  await page.getByLabel("Subscription id").fill(STAGING.subscriptionId);
  await page.getByLabel("Display name").fill("Again");
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page.getByText("This subscription is already connected to this organisation.").first()).toBeVisible();
  expectRefusalLogged(consoleErrors);

  // The new cluster is in the cluster list, waiting for initialization.
  await page.goto("/clusters?status=READY_TO_INITIALIZE");
  await expect(page.getByRole("link", { name: "contoso-staging" }).first()).toBeVisible();

  await page.goto("/connections");
  await card.getByRole("button", { name: `Rescan ${STAGING.displayName}` }).click();
  await expect(card.getByText("Rescan finished.")).toBeVisible({ timeout: 60_000 });
  await expect(card.locator('[data-step-status="succeeded"]', { hasText: "Find managed applications" })).toBeVisible();

  // Contoso Production holds initialized clusters: disconnecting it is refused.
  const production = page.getByRole("region", { name: "Contoso Production" });
  await production.getByRole("button", { name: "Disconnect Contoso Production" }).click();
  await production.getByRole("button", { name: "Yes, disconnect" }).click();
  await expect(production.getByText("cannot be disconnected while a cluster of it is initialized", { exact: false })).toBeVisible();
  expectRefusalLogged(consoleErrors);

  await card.getByRole("button", { name: `Disconnect ${STAGING.displayName}` }).click();
  await card.getByRole("button", { name: "Yes, disconnect" }).click();
  await expect(page.getByRole("region", { name: STAGING.displayName })).toHaveCount(0, { timeout: 60_000 });
  await page.goto("/clusters");
  await expect(page.getByRole("link", { name: "contoso-staging" })).toHaveCount(0);
});

test("a manager has no Connections page and cannot connect through the API", async ({ page }) => {
  await signIn(page, USERS.contosoManager);
  await page.goto("/clusters");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Connections" })).toHaveCount(0);
  const response = await page.goto("/connections");
  expect(response?.status()).toBe(404);
  const answer = await page.request.post("/api/v1/connections", {
    data: { orgId: "00000000-0000-4000-8000-000000000000", tenantId: STAGING.tenantId, subscriptionId: STAGING.subscriptionId, displayName: "Mine" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(answer.status()).toBe(403);
  expect((await answer.json()).error.message).toBe("Only an owner of the organisation can manage Azure connections.");
});
