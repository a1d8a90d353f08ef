import type { Page } from "@playwright/test";
import { signInMessages } from "../../lib/messages-sign-in";
import { TEST_ACCOUNTS, TEST_PROVIDER_NAME, type TestLogin } from "../oidc/accounts";
import { expect, test } from "./fixtures";

// The e2e server is configured with the OpenID Connect provider of tests/oidc/provider.ts
// (tests/e2e/serve.ts); its development login page takes any password.

test.beforeEach(async ({ page }) => {
  // Each test goes through the provider's pages and back: several page loads more than a password sign-in.
  test.slow();
  // The provider's development pages load a web font from the internet, which the browser here cannot reach.
  await page.route("https://fonts.googleapis.com/**", (route) => route.fulfill({ status: 200, contentType: "text/css", body: "" }));
});

async function throughProvider(page: Page, login: TestLogin) {
  await page.getByRole("button", { name: `Sign in with ${TEST_PROVIDER_NAME}` }).click();
  await page.waitForURL(/^http:\/\/127\.0\.0\.1:\d+\/interaction\//);
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("any");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // The provider asks for consent to share the e-mail address and profile with the portal.
  await page.getByRole("button", { name: "Continue" }).click();
}

test("signs in through the identity provider and returns to the page asked for", async ({ page }) => {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/activity")}`);
  await throughProvider(page, "owner");
  await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/activity$/);
  // A real portal session: the API answers, and the account menu names the portal's account, not the provider's profile.
  expect((await page.request.get("/api/v1/clusters")).status()).toBe(200);
  await expect(page.getByRole("button", { name: /Olivia Owner.*Account/ })).toBeVisible();
  expect(TEST_ACCOUNTS.owner.name).not.toContain("Olivia Owner");
});

test("an e-mail without a portal account is refused with a clear message", async ({ page }) => {
  await page.goto("/sign-in");
  await throughProvider(page, "stranger");
  await expect(page).toHaveURL(/\/sign-in\?error=oidc-unknown/);
  // Filtered: Next.js's route announcer is an alert too.
  await expect(page.getByRole("alert").filter({ hasText: "portal account" })).toHaveText(signInMessages.refusals["oidc-unknown"]);
  expect((await page.request.get("/api/v1/clusters")).status()).toBe(401);
});

test("an organisation that does not allow the e-mail's domain refuses it", async ({ page }) => {
  await page.goto("/sign-in");
  await throughProvider(page, "fabrikam-owner");
  await expect(page).toHaveURL(/\/sign-in\?error=oidc-domain/);
  await expect(page.getByRole("alert").filter({ hasText: "e-mail domain" })).toHaveText(signInMessages.refusals["oidc-domain"]);
});
