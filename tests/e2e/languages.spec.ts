import { expect, test } from "./fixtures";

test.describe("in Japanese (Accept-Language: ja)", () => {
  test.use({ locale: "ja-JP" });

  test("the sign-in page speaks the browser's language", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1, name: "サインイン" })).toBeVisible();
    await expect(page.getByLabel("メール アドレス")).toBeVisible();
    await page.getByLabel("メール アドレス").fill("nobody@contoso.example");
    await page.getByLabel("パスワード").fill("wrong-password");
    await page.getByRole("button", { name: "サインイン", exact: true }).click();
    // The refusal comes from the server action, in the same language.
    await expect(page.getByRole("alert")).toHaveText("メール アドレスまたはパスワードが正しくありません。");
  });
});

test.describe("in Korean (Accept-Language: ko)", () => {
  test.use({ locale: "ko-KR" });

  test("the sign-in page is in Korean", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("heading", { level: 1, name: "로그인" })).toBeVisible();
  });
});

test("English stays the default", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
});
