import type { Page } from "@playwright/test";
import { messages as jaMessages } from "../../lib/ja/messages";
import { statusMessages as jaStatus } from "../../lib/ja/messages-status";
import { overviewMessages as jaOverview } from "../../lib/ja/messages-overview";
import { SEVERITY_LABEL as jaSeverity } from "../../lib/ja/messages-support";
import { languageMessages as koLanguage } from "../../lib/ko/messages-languages";
import { expect, PASSWORD, signIn, test } from "./fixtures";

/** Signs in whatever language the page is in (the form's field names do not change). */
async function signInAs(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').last().click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

test.describe("in Japanese (Accept-Language: ja)", () => {
  test.use({ locale: "ja-JP" });

  test("the sign-in page speaks the browser's language", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1, name: jaMessages.auth.title })).toBeVisible();
    await page.getByLabel(jaMessages.auth.email).fill("nobody@contoso.example");
    await page.getByLabel(jaMessages.auth.password).fill("wrong-password");
    await page.getByRole("button", { name: jaMessages.auth.submit, exact: true }).click();
    // The refusal comes from the server action, in the same language.
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(jaMessages.auth.invalid);
  });

  test("the cluster list and a ticket are in Japanese", async ({ page }) => {
    await signInAs(page, "owner@contoso.example");
    await page.goto("/clusters");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByText(jaStatus.clusterStatus.INITIALIZED).first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: jaMessages.clusters.title })).toBeVisible();
    await expect(page.getByRole("table", { name: jaMessages.clusters.tableLabel })).toBeVisible();
    await expect(page.getByRole("tablist", { name: jaMessages.clusters.filterLabel })).toBeVisible();

    const clusters = ((await (await page.request.get("/api/v1/clusters?pageSize=100")).json()) as { items: { id: string; name: string }[] }).items;
    const prod = clusters.find((cluster) => cluster.name === "contoso-prod")!.id;
    const origin = new URL(page.url()).origin;
    const created = await page.request.post("/api/v1/tickets", { data: { clusterId: prod, subject: "言語の確認", description: "日本語で表示されること", severity: "LOW" }, headers: { origin } });
    expect(created.status()).toBe(201);
    const ticket = (await created.json()).ticket as { number: number };
    await page.goto(`/support/${ticket.number}`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("言語の確認");
  });
});

test.describe("a cluster and a ticket in Japanese leave no English behind", () => {
  test.use({ locale: "ja-JP" });

  /** Fails on any of `words` as a whole word of the page's main text. */
  async function expectNoneOf(page: Page, words: string[]) {
    const text = await page.locator("main").innerText();
    const found = words.filter((word) => new RegExp(`(^|[^A-Za-z])(?:${word})([^A-Za-z]|$)`).test(text));
    expect(found, `English on ${new URL(page.url()).pathname}`).toEqual([]);
  }

  test("the overview, the settings of a failed cluster and a ticket", async ({ page }) => {
    await signInAs(page, "owner@contoso.example");
    const clusters = ((await (await page.request.get("/api/v1/clusters?pageSize=100")).json()) as { items: { id: string; name: string }[] }).items;
    const prod = clusters.find((cluster) => cluster.name === "contoso-prod")!.id;
    const failed = clusters.find((cluster) => cluster.name === "contoso-analytics")!.id;

    await page.goto(`/clusters/${prod}`);
    await expect(page.getByRole("heading", { level: 2, name: jaMessages.cluster.summary })).toBeVisible();
    // Dates in the language's own format (no English month names).
    await expectNoneOf(page, ["Summary", "Subscription", "Versions", "Endpoints", "Component health", "Recent operations", "Refresh status", "Public", "Off", "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"]);

    // A failed cluster's settings were never applied: the overview says so in Japanese.
    await page.goto(`/clusters/${failed}`);
    await expect(page.getByText(jaOverview.settingsNotApplied).first()).toBeVisible();
    await expectNoneOf(page, ["Pending", "Not applied", "Rerun", "Done", "Failed"]);
    await page.goto(`/clusters/${failed}/settings`);
    await expect(page.getByTestId("settings-read-only")).toBeVisible();
    await expectNoneOf(page, ["Settings can be changed", "Fixed at initialization", "Not applied", "Pending", "None", "Public", "Off", "locally redundant"]);

    const origin = new URL(page.url()).origin;
    const created = await page.request.post("/api/v1/tickets", { data: { clusterId: prod, subject: "重大度の確認", description: "重大度が日本語で表示されること", severity: "HIGH" }, headers: { origin } });
    expect(created.status()).toBe(201);
    const ticket = (await created.json()).ticket as { number: number };
    await page.goto(`/support/${ticket.number}`);
    await expect(page.locator("[data-severity=HIGH]")).toHaveText(jaSeverity.HIGH);
    await expectNoneOf(page, ["Critical", "High", "Medium", "Low", "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"]);
    await page.goto(`/clusters/${prod}/support`);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Support Center");
    await expectNoneOf(page, ["Support Center", "Open a Ticket", "High", "Low"]);
  });
});

test("a language chosen in the user menu is kept across sign-ins", async ({ page }) => {
  await signIn(page, "manager@contoso.example");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: /Account|アカウント|계정/ }).click();
  await page.getByRole("button", { name: "한국어" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: /Account|アカウント|계정/ }).click();
  await expect(page.getByText(koLanguage.language, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "한국어" })).toHaveAttribute("aria-current", "true");

  // A new browser session (the browser still asks for English): the stored choice wins.
  await page.context().clearCookies();
  await signIn(page, "manager@contoso.example");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");

  // Back to English, so later tests of the same run meet the person as the demo data has them.
  await page.getByRole("button", { name: /Account|アカウント|계정/ }).click();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("English stays the default", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
});
