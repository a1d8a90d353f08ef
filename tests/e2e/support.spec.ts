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
  // Consents: logs are offered checked, environment access is an explicit opt-in.
  await expect(page.getByLabel("Attach the cluster's recent logs")).toBeChecked();
  await expect(page.getByLabel("Allow direct environment access")).not.toBeChecked();
  await page.getByLabel("Allow direct environment access").check();
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
  // The logs read as lists, not as a JSON dump.
  await expect(page.getByRole("heading", { name: "Last operations" })).toBeVisible();
  await expect(page.getByTestId("consents")).toHaveText("Logs shared · Environment access allowed");

  // The reply box is one click away from the top, and so is the way back.
  const ticketNav = page.getByRole("navigation", { name: "Ticket navigation" });
  await ticketNav.getByRole("link", { name: "Reply", exact: true }).click();
  await expect(page.getByLabel("Reply", { exact: true })).toBeFocused();
  await ticketNav.getByRole("link", { name: "Support Center" }).click();
  await expect(page.getByRole("heading", { name: "Support Center" })).toBeVisible();
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
  // A fresh Critical ticket: the first-response clock runs.
  await expect(row.getByTestId("sla-clock")).toContainText(/^Due in \d/);
  await row.getByRole("link", { name: SUBJECT }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(SUBJECT) })).toBeVisible();
  await expect(page.getByTestId("ticket-state").getByTestId("sla-clock")).toContainText(/^Due in \d/);

  // The assignment toggle shows who holds the ticket.
  await expect(page.getByTestId("assignment")).toHaveText("Nobody is assigned.");
  await page.getByRole("button", { name: "Assign to me" }).click();
  await expect(page.getByTestId("assignment")).toHaveText("Assigned to you");
  await page.getByRole("button", { name: "Unassign" }).click();
  await expect(page.getByTestId("assignment")).toHaveText("Nobody is assigned.");
  await page.getByRole("button", { name: "Assign to me" }).click();
  await expect(page.getByTestId("assignment")).toHaveText("Assigned to you");
  await expect(page.getByText("Sam Support").first()).toBeVisible();
  await page.getByLabel("Internal note (staff only)").check();
  await page.getByLabel("Internal note", { exact: true }).fill("Customer quota looks exhausted — internal");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Customer quota looks exhausted — internal")).toBeVisible();

  await page.getByLabel("Reply", { exact: true }).fill("Which ingress host fails? Please send the request id.");
  await page.getByRole("button", { name: "Send reply" }).click();
  await expect(page.getByText("Which ingress host fails?")).toBeVisible();
  // Staff words: the ticket waits for the customer.
  await page.getByLabel("Change status").selectOption({ label: "Waiting for customer" });
  await page.getByRole("button", { name: "Update status" }).click();
  await expect(page.getByTestId("ticket-state")).toContainText("Waiting for customer");

  await page.getByRole("navigation", { name: "Ticket navigation" }).getByRole("link", { name: "Back to the queue" }).click();
  await expect(page.getByRole("heading", { name: "Support queue" })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: SUBJECT })).toContainText("Waiting for customer");
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

  await page.getByLabel("Reply", { exact: true }).fill("Host production.contoso-prod…, request id 42.");
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
  // The owner narrows the log to support's looks at the cluster, then downloads the same as CSV.
  await customer.getByLabel("Action").selectOption({ label: "Support viewed cluster diagnostics" });
  await customer.getByRole("button", { name: "Apply" }).click();
  await expect(customer).toHaveURL(/action=staff.view-diagnostics/);
  const access = customer.getByRole("row").filter({ hasText: "Support viewed cluster diagnostics" }).first();
  await expect(access).toContainText(`ticket #${ticketNumber}`);
  await expect(access).toContainText(USERS.support);
  await expect(access.getByRole("link", { name: "contoso-prod" })).toBeVisible();
  await expect(customer.getByRole("row").filter({ hasText: "Opened a ticket" })).toHaveCount(0);
  const [download] = await Promise.all([customer.waitForEvent("download"), customer.getByRole("link", { name: "Download CSV" }).click()]);
  const csv = await (await import("node:fs/promises")).readFile((await download.path())!, "utf8");
  expect(csv).toContain(`Support viewed cluster diagnostics,staff.view-diagnostics,cluster,contoso-prod,SUCCESS,ticket #${ticketNumber}`);
  expect(csv).not.toContain("ticket.open,");
  // The ticket itself is a link in the log.
  await customer.goto("/activity?action=ticket.open");
  await customer.getByRole("link", { name: `ticket #${ticketNumber}` }).first().click();
  await expect(customer).toHaveURL(new RegExp(`/support/${ticketNumber}$`));
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
