import AxeBuilder from "@axe-core/playwright";
import { expect, signIn, test, USERS } from "./fixtures";

// An owner invites a person (no SMTP here: the link is shown once), the person opens the link in
// a fresh browser, chooses a name and a password and lands signed in with the invited role; the
// owner changes the role and removes the member. A manager sees the people but no controls.

test("invite a person by link, who joins with the role; change the role and remove them", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  await signIn(page, USERS.contosoOwner);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();

  // Contoso's only owner can neither be removed nor demoted: the row says why instead of offering it.
  const ownerRow = page.getByTestId("member-row").filter({ hasText: USERS.contosoOwner });
  await expect(ownerRow.getByTestId("only-owner")).toHaveText(/^Only owner/);
  await expect(ownerRow.getByRole("button", { name: /^Remove / })).toHaveCount(0);
  await expect(ownerRow.getByRole("combobox")).toBeDisabled();

  const email = `new-${Date.now()}@contoso.example`;
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("MANAGER");
  await page.getByRole("button", { name: "Send invitation" }).click();
  const linkBox = page.getByRole("textbox", { name: "Invitation link" });
  await expect(linkBox).toBeVisible();
  const link = await linkBox.inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("invitation-row").filter({ hasText: email })).toContainText("Cluster manager");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations).toEqual([]);

  // Shown once: after a reload the invitation is listed, its link is not.
  await page.reload();
  await expect(page.getByTestId("invitation-row").filter({ hasText: email })).toBeVisible();
  expect(await page.content()).not.toContain(link);

  // The invited person, in a browser of their own.
  const guest = await browser.newContext({ baseURL });
  const invitee = await guest.newPage();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole("heading", { level: 1, name: /Join Contoso/ })).toBeVisible();
  await expect(invitee.getByText(`This invitation is for ${email}, as Cluster manager.`)).toBeVisible();
  await invitee.getByLabel("Your name").fill("Nadia Newcomer");
  await invitee.getByLabel("Password").fill("short");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(invitee.getByText("At least 12 characters.")).toHaveCount(2);
  await invitee.getByLabel("Your name").fill("Nadia Newcomer");
  await invitee.getByLabel("Password").fill("a long enough password");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await invitee.waitForURL((url) => url.pathname === "/clusters");
  await invitee.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
  const self = invitee.getByTestId("member-row").filter({ hasText: email });
  await expect(self).toContainText("Nadia Newcomer");
  await expect(self).toContainText("Cluster manager");
  // A manager manages nothing here.
  await expect(invitee.getByRole("button", { name: "Send invitation" })).toHaveCount(0);

  // The link works once.
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByTestId("invitation-unusable")).toContainText("already been used");

  // The owner sees the member, no longer the invitation; changes the role, then removes them.
  await page.reload();
  await expect(page.getByTestId("invitation-row").filter({ hasText: email })).toHaveCount(0);
  const row = page.getByTestId("member-row").filter({ hasText: email });
  await row.getByLabel("Role of Nadia Newcomer").selectOption("MEMBER");
  await expect(page.getByRole("status")).toHaveText("Nadia Newcomer is now Member.");
  await page.reload();
  await expect(page.getByTestId("member-row").filter({ hasText: email }).getByLabel("Role of Nadia Newcomer")).toHaveValue("MEMBER");

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Remove Nadia Newcomer" }).click();
  await expect(page.getByRole("status")).toHaveText("Nadia Newcomer was removed.");
  await expect(page.getByTestId("member-row").filter({ hasText: email })).toHaveCount(0);

  // Every change is in the activity log.
  await page.goto("/activity?q=invitation.");
  await expect(page.getByText("invitation.create").first()).toBeVisible();
  await expect(page.getByText("invitation.accept").first()).toBeVisible();

  // Removed: the person's next page no longer shows Contoso's people.
  await invitee.goto("/people");
  await expect(invitee.getByText("You are not a member of an organisation yet.")).toBeVisible();
  await guest.close();
});

test("a cluster manager sees the members but no management controls", async ({ page }) => {
  await signIn(page, USERS.contosoManager);
  await page.goto("/people");
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  await expect(page.getByTestId("member-row").filter({ hasText: USERS.contosoOwner })).toContainText("Owner");
  await expect(page.getByRole("button", { name: "Send invitation" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Remove / })).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Pending invitations" })).toHaveCount(0);
});
