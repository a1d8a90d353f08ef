import { DEMO_UNCONNECTED_SUBSCRIPTION as STAGING } from "../../prisma/demo-data";
import { expect, test } from "../e2e/fixtures";
import { BOOTSTRAP_DEMO, TEST_ACCOUNTS, TEST_PROVIDER_NAME } from "../oidc/accounts";

// A new customer's first hour, on a portal started with no demo data (`npm start -- --empty`): the
// first owner signs in through the identity provider, which creates the organisation; they connect
// their subscription, find its cluster, and initialize it. Nothing here was seeded.

test("from an empty portal to an initialized cluster: sign in, connect the subscription, initialize", async ({ page }) => {
  test.setTimeout(300_000);
  // The provider's development pages load a web font from the internet, which the browser here cannot reach.
  await page.route("https://fonts.googleapis.com/**", (route) => route.fulfill({ status: 200, contentType: "text/css", body: "" }));

  await page.goto("/clusters");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByRole("button", { name: `Sign in with ${TEST_PROVIDER_NAME}` }).click();
  await page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.getByPlaceholder("Enter any login").fill(BOOTSTRAP_DEMO.login);
  await page.getByPlaceholder("and password").fill("any");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();

  // The organisation exists now, with its first owner and nothing else.
  await expect(page).toHaveURL(/\/clusters$/);
  await expect(page.getByRole("heading", { level: 1, name: "Clusters" })).toBeVisible();
  await expect(page.getByText("No clusters yet")).toBeVisible();
  // Signed in as the new account, named as the identity provider named the person.
  await expect(page.getByRole("button", { name: new RegExp(`${TEST_ACCOUNTS.owner.name.replace(/\./g, "\\.")}.*Account`) })).toBeVisible();

  // Connect the subscription the Marketplace deployment went into.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Connections" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Azure connections" })).toBeVisible();
  await page.getByLabel("Tenant id").fill(STAGING.tenantId);
  await page.getByLabel("Subscription id").fill(STAGING.subscriptionId);
  await page.getByLabel("Display name").fill(STAGING.displayName);
  await page.getByRole("button", { name: "Connect", exact: true }).click();
  await expect(page.getByText("The subscription is connected.")).toBeVisible({ timeout: 60_000 });
  const card = page.getByRole("region", { name: STAGING.displayName });
  await expect(card.getByRole("row").filter({ hasText: "contoso-staging" })).toContainText("Ready to initialize");

  // Its cluster, discovered through the managed application, waits for initialization.
  await page.goto("/clusters");
  const row = page.getByRole("row").filter({ hasText: "contoso-staging" });
  await expect(row).toContainText("Ready to initialize");
  await row.getByRole("link", { name: "Initialize" }).click();

  // Pre-flight: the owner's Azure principal came from the identity provider (oid), and holds Owner on the subscription.
  const register = page.getByRole("button", { name: "Register the providers" });
  await expect(page.getByTestId("preflight-providers")).toHaveAttribute("data-status", /done|failed/, { timeout: 30_000 });
  if ((await page.getByTestId("preflight-providers").getAttribute("data-status")) === "failed") await register.click();
  for (const id of ["providers", "vmSize", "owner", "entitlement"]) await expect(page.getByTestId(`preflight-${id}`)).toHaveAttribute("data-status", "done", { timeout: 30_000 });
  await page.getByRole("button", { name: "Next: provision options" }).click();
  await page.getByRole("button", { name: "Next: review" }).click();
  await page.getByRole("button", { name: "Initialize" }).click();

  await page.waitForURL(/\/clusters\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;
  await expect.poll(async () => (await (await page.request.get(`/api/v1/clusters/${id}`)).json()).status, { timeout: 180_000, intervals: [2_000] }).toBe("INITIALIZED");
  await page.reload();
  await expect(page.getByRole("table", { name: "Component health" })).not.toContainText("Pending");

  // The organisation's activity log starts with its creation.
  await page.goto("/activity");
  await expect(page.getByRole("table")).toContainText("org.bootstrap");
});
