import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, test, USERS } from "./fixtures";

// The compliance page (PRODUCT.md §10): the SOC 2 controls next to the live state read from the
// emulator's resources, the five documented exceptions shown as accepted, a Re-check.

test("a member sees the controls, re-checks the live state and the accepted exceptions", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, USERS.contosoMember);
  await page.goto("/clusters");
  await page.getByRole("link", { name: "contoso-prod" }).first().click();
  const link = page.getByRole("navigation", { name: "Cluster" }).getByRole("link", { name: "Compliance" });
  await expect(link).toHaveAttribute("href", /\/clusters\/[0-9a-f-]+\/compliance$/);
  await page.goto((await link.getAttribute("href"))!);
  await expect(page.getByRole("heading", { level: 1, name: "Compliance" })).toBeVisible();

  const exceptions = page.locator("[data-exception]");
  await expect(exceptions).toHaveCount(5);
  await expect(exceptions.filter({ hasText: "Defender profile" })).toContainText("Accepted exception");
  await expect(exceptions.filter({ hasText: "Defender profile" })).toContainText("Defender is not enabled for cost-saving reasons.");
  const controls = page.locator("[data-control]");
  await expect(controls).toHaveCount(8);

  await page.getByRole("button", { name: "Re-check" }).click();
  await expect(page.getByText(/Checked at .* · 8 of 8 controls compliant/)).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('[data-control][data-state="compliant"]')).toHaveCount(8);
  await expect(page.locator('[data-control="storage-public-blob-access"]')).toContainText("stcontosoprod: false");
  await expect(page.locator('[data-control="postgres-minimum-tls"]')).toContainText("TLSv1.2");

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
});
