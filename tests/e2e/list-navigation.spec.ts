import type { Page } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";

// Table rows are server-built markup with plain anchors; a click on one goes through the Next.js
// router (components/router-links.tsx), so the document is not loaded again.

async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
}

async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

test("a click on a cluster row opens the overview without reloading the document, and back returns to the list", async ({ page }) => {
  await signIn(page, USERS.contosoOwner);
  await page.goto("/clusters");
  const table = page.getByRole("table", { name: "Clusters" });
  await expect(table.locator("tr[data-cluster-id]").first()).toBeVisible();
  await markDocument(page);

  await table.getByRole("link", { name: "contoso-prod", exact: true }).click();
  await expect(page.getByRole("heading", { name: "contoso-prod" })).toBeVisible();
  expect(new URL(page.url()).pathname).toMatch(/^\/clusters\/[0-9a-f-]{36}$/);
  expect(await sameDocument(page)).toBe(true);

  await page.goBack();
  await expect(page.getByRole("table", { name: "Clusters" }).getByRole("link", { name: "contoso-prod", exact: true })).toBeVisible();
  expect(await sameDocument(page)).toBe(true);
});

test("a click on a ticket row opens the ticket without reloading the document; a modified click does not navigate this tab", async ({ page, context }) => {
  await signIn(page, USERS.contosoOwner);
  const clusters = (await (await page.request.get("/api/v1/clusters")).json()) as { items: { id: string }[] };
  const created = await page.request.post("/api/v1/tickets", {
    data: { clusterId: clusters.items[0].id, subject: "Row navigation", description: "Opened from the list.", severity: "LOW" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(created.status()).toBe(201);
  await page.goto("/support");
  const link = page.getByRole("table", { name: "Support tickets" }).locator("tbody a").first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute("href");
  await markDocument(page);

  const opened = context.waitForEvent("page");
  await link.click({ modifiers: ["Shift"] });
  const popup = await opened;
  await popup.close();
  expect(new URL(page.url()).pathname).toBe("/support");

  await link.click();
  await page.waitForURL((url) => url.pathname === href);
  await expect(page.getByRole("main")).toBeVisible();
  expect(await sameDocument(page)).toBe(true);
});
