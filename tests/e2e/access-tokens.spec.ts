import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, test, USERS } from "./fixtures";

// A person creates a personal access token in the portal, sees its secret once, uses it from a
// script (Node's fetch, no cookie) against the API, revokes it, and the next call is refused.

test("create an access token, use it from a script, revoke it", async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  await signIn(page, USERS.contosoManager);
  await page.getByRole("button", { name: /Account/ }).click();
  await page.getByRole("link", { name: "Access tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Access tokens" })).toBeVisible();

  // The input is checked in the browser before anything is sent (its schema loads after the page).
  const tokensBefore = await page.getByTestId("token-row").count();
  await page.getByRole("checkbox", { name: /^read/ }).uncheck();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Choose at least one scope.")).toBeVisible();
  await expect(page.getByText("Enter a value.")).toBeVisible();
  await expect(page.getByTestId("token-row")).toHaveCount(tokensBefore);
  await page.getByRole("checkbox", { name: /^read/ }).check();

  const name = `pipeline ${Date.now()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("checkbox", { name: /^write/ }).check();
  await page.getByLabel("Expires after").selectOption("30");
  await page.getByRole("button", { name: "Create token" }).click();

  const secret = page.getByRole("textbox", { name: "New access token" });
  await expect(secret).toBeVisible();
  const token = await secret.inputValue();
  expect(token).toMatch(/^mxp_[A-Za-z0-9_-]{43}$/);
  const row = page.getByTestId("token-row").filter({ hasText: name });
  await expect(row).toContainText(token.slice(0, 12));
  await expect(row).toContainText("read, write");
  await expect(row).toContainText("Never");

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations).toEqual([]);

  // Shown once: after a reload the list has the prefix, never the secret.
  await page.reload();
  await expect(page.getByTestId("token-row").filter({ hasText: name })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "New access token" })).toHaveCount(0);
  expect(await page.content()).not.toContain(token);

  // Node's own fetch, as a script would call the API (loopback by address, not by name).
  const call = (path: string) => fetch(new URL(path, baseURL!.replace("localhost", "127.0.0.1")), { headers: { authorization: `Bearer ${token}` } });
  const clusters = await call("/api/v1/clusters");
  expect(clusters.status).toBe(200);
  const names = ((await clusters.json()) as { items: { name: string }[] }).items.map((cluster) => cluster.name);
  expect(names).toContain("contoso-prod");
  expect(names.some((cluster) => cluster.startsWith("fabrikam"))).toBe(false);

  await page.reload();
  await expect(page.getByTestId("token-row").filter({ hasText: name })).not.toContainText("Never");

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByTestId("token-row").filter({ hasText: name })).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: name })).toHaveText(`“${name}” was revoked.`);

  const refused = await call("/api/v1/clusters");
  expect(refused.status).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("unauthenticated");
});
