import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";

// One story across roles, in order: the ticket opened first is used by the later tests.
test.describe.configure({ mode: "serial" });

const SUBJECT = `Ingress returns 502 ${Date.now().toString(36)}`;
let ticketNumber = "";

/** Signs in and waits until the portal has taken the session (the first page after sign-in). */
async function signedIn(page: Page, email: string) {
  await signIn(page, email);
  await expect(page).not.toHaveURL(/\/sign-in/);
}

async function openTicketPage(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(SUBJECT) })).toBeVisible();
}

test("a customer opens a ticket from the cluster's Support Center", async ({ page }) => {
  await signedIn(page, USERS.contosoOwner);
  await page.getByRole("link", { name: "contoso-prod", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "contoso-prod" })).toBeVisible();
  await page.getByRole("navigation", { name: /cluster/i }).getByRole("link", { name: "Support" }).click();
  await expect(page.getByRole("heading", { name: "Support Center" })).toBeVisible();
  await page.getByRole("link", { name: "Open a Ticket" }).click();

  await expect(page.getByText("First response < 2 office hours")).toBeVisible();
  await expect(page.getByText("First response reasonable effort")).toBeVisible();
  // Invalid input is refused with field errors.
  await page.getByRole("button", { name: "Open ticket" }).click();
  await expect(page.getByText("Enter a subject of at least 3 characters.")).toBeVisible();

  await page.getByLabel("Environment (optional)").selectOption({ label: "production" });
  await page.getByLabel("Subject").fill(SUBJECT);
  await page.getByLabel("Description").fill("Since **10:00** every app answers 502.\n\n<script>alert('x')</script>");
  await page.getByRole("radio", { name: /Critical/ }).check();
  await page.getByLabel("Attachments (optional)").setInputFiles({ name: "ingress.log", mimeType: "text/plain", buffer: Buffer.from("502 upstream\n") });
  await page.getByRole("button", { name: "Open ticket" }).click();

  await expect(page.getByRole("heading", { level: 1, name: new RegExp(SUBJECT) })).toBeVisible();
  ticketNumber = new URL(page.url()).pathname.split("/").pop()!;
  expect(ticketNumber).toMatch(/^\d+$/);
  await expect(page.getByTestId("ticket-state")).toContainText("Open");
  await expect(page.getByTestId("ticket-state")).toContainText("Critical");
  await expect(page.getByText("<script>alert('x')</script>")).toBeVisible();
  await expect(page.locator("strong", { hasText: "10:00" })).toBeVisible();
  await expect(page.getByRole("link", { name: "ingress.log" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Recent logs" })).toBeVisible();

  await page.goto("/support");
  const row = page.getByRole("row").filter({ hasText: SUBJECT });
  await expect(row).toContainText("Olivia Owner");
  await expect(row).toContainText("Critical");
  await expect(row).toContainText("Open");

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test("staff see it in the queue, answer, and ask for a reply", async ({ page }) => {
  await signedIn(page, USERS.support);
  await page.goto("/staff/support");
  await expect(page.getByRole("heading", { name: "Support queue" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: SUBJECT });
  await expect(row).toContainText("Contoso");
  await row.getByRole("link", { name: SUBJECT }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(SUBJECT) })).toBeVisible();

  await page.getByRole("button", { name: "Assign to me" }).click();
  await expect(page.getByText("Sam Support").first()).toBeVisible();
  await page.getByLabel("Internal note (staff only)").check();
  await page.getByLabel("Internal note", { exact: true }).fill("Customer quota looks exhausted — internal");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Customer quota looks exhausted — internal")).toBeVisible();

  await page.getByLabel("Reply").fill("Which ingress host fails? Please send the request id.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("Which ingress host fails?")).toBeVisible();
  await page.getByLabel("Change status").selectOption({ label: "Awaiting your reply" });
  await page.getByRole("button", { name: "Update status" }).click();
  await expect(page.getByTestId("ticket-state")).toContainText("Awaiting your reply");
});

test("the customer sees the reply and a notification, replies, and the ticket is Open again", async ({ page }) => {
  await signedIn(page, USERS.contosoOwner);
  await expect(page.getByRole("heading", { name: "Clusters", exact: true })).toBeVisible();
  await openTicketPage(page, `/support/${ticketNumber}`);
  await expect(page.getByTestId("ticket-state")).toContainText("Awaiting your reply");
  await expect(page.getByText("Which ingress host fails?")).toBeVisible();
  await expect(page.getByText("Customer quota looks exhausted")).toHaveCount(0);
  const notifications = await page.request.get("/api/v1/notifications");
  const list = await notifications.json();
  expect(list.unread).toBeGreaterThanOrEqual(2);
  expect(list.items.map((item: { message: string }) => item.message)).toContain(`Ticket #${ticketNumber} is now Awaiting your reply`);

  await page.getByLabel("Reply").fill("Host production.contoso-prod…, request id 42.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByTestId("ticket-state")).toContainText("Open");
  await expect(page.getByTestId("ticket-state")).not.toContainText("Awaiting");
  await page.getByRole("button", { name: "Refresh" }).click();
  await expect(page.getByText("request id 42")).toBeVisible();
});

test("staff look at the cluster's diagnostics and solve the ticket; the customer sees the access in the activity log", async ({ browser }) => {
  const staff = await browser.newPage();
  await signedIn(staff, USERS.support);
  await openTicketPage(staff, `/staff/support/${ticketNumber}`);
  await staff.getByRole("link", { name: "Cluster diagnostics" }).click();
  await expect(staff.getByText(`Read-only diagnostics for ticket #${ticketNumber}`)).toBeVisible();
  await expect(staff.getByRole("table", { name: "Components" })).toContainText("AKS");
  const diagnosticsUrl = staff.url();
  await staff.goto(`/staff/support/${ticketNumber}`);
  await staff.getByLabel("Change status").selectOption({ label: "Solved" });
  await staff.getByRole("button", { name: "Update status" }).click();
  await expect(staff.getByTestId("ticket-state")).toContainText("Solved");
  // Solved: no more access.
  const after = await staff.goto(diagnosticsUrl);
  expect(after?.status()).toBe(404);
  await staff.close();

  const customer = await browser.newPage();
  await signedIn(customer, USERS.contosoOwner);
  await expect(customer.getByRole("heading", { name: "Clusters", exact: true })).toBeVisible();
  await customer.goto("/activity");
  const access = customer.getByRole("row").filter({ hasText: "staff.view-diagnostics" }).first();
  await expect(access).toContainText(`ticket #${ticketNumber}`);
  await expect(access).toContainText(USERS.support);
  await openTicketPage(customer, `/support/${ticketNumber}`);
  await expect(customer.getByTestId("ticket-state")).toContainText("Solved");
  await customer.close();
});

test("a Fabrikam user sees none of Contoso's tickets, in the list or by URL", async ({ page }) => {
  await signedIn(page, USERS.fabrikamOwner);
  await expect(page.getByRole("heading", { name: "Clusters", exact: true })).toBeVisible();
  await page.goto("/support");
  await expect(page.getByRole("heading", { name: "Support Center" })).toBeVisible();
  await expect(page.getByText(SUBJECT)).toHaveCount(0);
  const direct = await page.goto(`/support/${ticketNumber}`);
  expect(direct?.status()).toBe(404);
  const api = await page.request.get(`/api/v1/tickets/${ticketNumber}`);
  expect(api.status()).toBe(404);
  const list = await (await page.request.get("/api/v1/tickets")).json();
  expect(list.items.map((item: { subject: string }) => item.subject)).not.toContain(SUBJECT);
});
