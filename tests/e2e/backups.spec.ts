import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, signIn, test, USERS } from "./fixtures";

async function createEnvironment(request: APIRequestContext, clusterId: string, name: string): Promise<string> {
  const response = await request.post(`/api/v1/clusters/${clusterId}/environments`, { data: { name, plan: "SMALL" } });
  expect(response.status(), await response.text()).toBe(202);
  const { environmentId } = await response.json();
  await expect.poll(async () => (await (await request.get(`/api/v1/environments/${environmentId}`)).json()).state, { timeout: 60_000 }).toBe("STOPPED");
  return environmentId;
}

async function waitForOperation(page: Page, label: string) {
  await expect(page.locator("li[data-operation-id]").filter({ hasText: label }).first()).toHaveAttribute("data-status", "SUCCEEDED", { timeout: 90_000 });
}

test("a manager takes a snapshot, downloads it, uploads it to another environment and restores it there", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, USERS.contosoManager);
  await page.getByRole("link", { name: "contoso-prod", exact: true }).click();
  await expect(page.getByRole("heading", { name: "contoso-prod" })).toBeVisible();
  const clusterId = new URL(page.url()).pathname.split("/")[2];
  const source = await createEnvironment(page.request, clusterId, "bk-source");
  const target = await createEnvironment(page.request, clusterId, "bk-target");

  await page.getByRole("navigation", { name: "Cluster" }).getByRole("link", { name: "Backups" }).click();
  await expect(page.getByRole("heading", { name: "Backups", level: 1 })).toBeVisible();
  await page.getByLabel("Environment").selectOption({ label: "bk-source" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { name: "Snapshots · bk-source" })).toBeVisible();

  await page.getByLabel("Comment (optional)").fill("before the release");
  await page.getByRole("button", { name: "Take snapshot" }).click();
  await waitForOperation(page, "Take snapshot");
  await page.reload();
  const table = page.getByRole("table", { name: "Snapshots of bk-source" });
  const row = table.getByRole("row").filter({ hasText: "before the release" });
  await expect(row).toContainText("Finished");
  await expect(row).toContainText("On demand");

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  const downloading = page.waitForEvent("download");
  await row.getByRole("link", { name: "Download" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^bk-source-\d{14}\.tar\.gz$/);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "portal-e2e-snapshot-")), download.suggestedFilename());
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));

  await page.goto(`/clusters/${clusterId}/backups?env=${target}`);
  await expect(page.getByRole("heading", { name: "Snapshots · bk-target" })).toBeVisible();
  await page.getByLabel("Snapshot archive (.tar.gz)").setInputFiles(file);
  await page.getByRole("button", { name: "Upload snapshot" }).click();
  await waitForOperation(page, "Upload snapshot");
  await page.reload();
  const uploaded = page.getByRole("table", { name: "Snapshots of bk-target" }).getByRole("row").filter({ hasText: "Uploaded" });
  await expect(uploaded).toContainText("Finished");

  // The target must be stopped to restore into it (it was created stopped; stopping again is refused or a no-op).
  expect((await (await page.request.get(`/api/v1/environments/${target}`)).json()).state).toBe("STOPPED");
  await uploaded.getByRole("button", { name: "Restore", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Restore this snapshot?" });
  await expect(dialog).toContainText("kept for 7 days");
  await dialog.getByRole("button", { name: "Restore", exact: true }).click();
  await waitForOperation(page, "Restore snapshot");
  const restored = await (await page.request.get(`/api/v1/environments/${target}`)).json();
  expect(restored.state).toBe("STOPPED");
  expect(restored.database.name).toMatch(/__g1$/);
  expect(source).not.toBe(target);
});

test("a member sees snapshots read-only", async ({ page }) => {
  await signIn(page, USERS.contosoMember);
  await page.getByRole("link", { name: "contoso-prod", exact: true }).click();
  await page.getByRole("navigation", { name: "Cluster" }).getByRole("link", { name: "Backups" }).click();
  await expect(page.getByText("You can view snapshots; managers and owners take, upload and restore them.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Take snapshot" })).toHaveCount(0);
});
