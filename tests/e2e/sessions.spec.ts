import type { BrowserContext } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";

const sessionCookie = async (context: BrowserContext) => (await context.cookies()).filter((cookie) => cookie.name.includes("authjs.session-token"));

async function signOutVia(page: import("@playwright/test").Page, item: "Sign out" | "Sign out everywhere") {
  await page.getByRole("button", { name: /Account/ }).click();
  await page.getByRole("button", { name: item, exact: true }).click();
  await page.waitForURL(/\/sign-in/);
}

test("a copied session cookie stops working the moment its owner signs out", async ({ page, browser, baseURL }) => {
  await signIn(page, USERS.contosoMember);
  const copied = await sessionCookie(page.context());
  expect(copied.length).toBeGreaterThan(0);

  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(copied);
  expect((await thief.request.get("/api/v1/clusters")).status()).toBe(200);

  await signOutVia(page, "Sign out");
  expect((await thief.request.get("/api/v1/clusters")).status()).toBe(401);
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/clusters");
  await expect(thiefPage).toHaveURL(/\/sign-in/);
  await thief.close();
});

test("sign out everywhere ends the sessions of every other browser", async ({ page, browser, baseURL }) => {
  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  await signIn(otherPage, USERS.contosoManager);
  await signIn(page, USERS.contosoManager);
  expect((await other.request.get("/api/v1/clusters")).status()).toBe(200);

  await signOutVia(page, "Sign out everywhere");
  expect((await other.request.get("/api/v1/clusters")).status()).toBe(401);
  expect((await page.request.get("/api/v1/clusters")).status()).toBe(401);
  await other.close();
});
