import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABEL, actionLabel as labelIn } from "./messages-activity";
import { statusMessages } from "./messages-status";

const actionLabel = (action: string) => labelIn(action, AUDIT_ACTION_LABEL, statusMessages.operationKind);

const root = path.resolve(import.meta.dirname, "..");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

const literals = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].map((match) => match[1]);

/**
 * Every action the server records: `action: "…"` in files that record audit events, actions
 * chosen into an `action` variable, the sign-in audit, the refusal helpers' action arguments
 * (connections add ".refused"), and templated actions (checked as patterns).
 */
function recordedActions() {
  const exact = new Set<string>();
  const templates = new Set<string>();
  for (const file of sources(path.join(root, "server"))) {
    const text = fs.readFileSync(file, "utf8");
    if (!/recordAudit|auditSignInAttempt|refuseConflict|withProcessingSnapshot|assertConnectionOwner|findOwnedConnection/.test(text)) continue;
    // Operation inputs and apply-settings work items also carry an `action`; they are not audit actions.
    const audited = text.replace(/input: \{ action: "[^"]*"/g, "").replace(/spec, action: "[^"]*"/g, "").replace(/action: "write" \| "create-missing" \| "replica"/g, "");
    for (const action of literals(audited, /\baction: "([^"]+)"/g)) exact.add(action);
    // Actions are dotted codes ("area.verb"); other literals in these statements are not actions.
    for (const statement of literals(audited, /const action = ([^;\n]+)/g)) for (const action of literals(statement, /"([a-z-]+\.[a-z.-]+)"/g)) exact.add(action);
    for (const action of literals(audited, /\baudit\("([a-z-]+\.[a-z.-]+)"/g)) exact.add(action);
    for (const action of literals(audited, /refuseConflict\([^;]*?, "([a-z.-]+)", /g)) exact.add(action);
    for (const action of literals(audited, /withProcessingSnapshot\([^,]+, [^,]+, "([^"]+)"/g)) exact.add(action);
    for (const action of literals(audited, /(?:assertConnectionOwner|findOwnedConnection)\([^;]*?"([a-z.-]+)"\)/g)) exact.add(`${action}.refused`);
    for (const template of literals(audited, /\baction: `([^`]+)`/g)) templates.add(template);
  }
  return { exact: [...exact].sort(), templates: [...templates].sort() };
}

describe("activity action labels", () => {
  const { exact, templates } = recordedActions();

  it("finds the recorded actions (the scan itself works)", () => {
    expect(exact).toEqual(expect.arrayContaining(["ticket.open", "auth.sign-in", "staff.view-diagnostics", "cluster.settings.applied", "snapshot.restore", "connection.add.refused"]));
    expect(exact.length).toBeGreaterThan(50);
  });

  it("labels every action recorded anywhere in the server", () => {
    const unlabelled = exact.filter((action) => actionLabel(action) === action);
    expect(unlabelled).toEqual([]);
  });

  it("labels every operation kind (operations record their kind as the action)", () => {
    const unlabelled = Object.keys(statusMessages.operationKind).filter((kind) => actionLabel(kind) === kind);
    expect(unlabelled).toEqual([]);
  });

  it("labels at least one action of every templated action", () => {
    for (const template of templates) {
      if (template === "${action}.refused") continue; // the connection refusals, checked above through their callers
      const pattern = new RegExp(`^${template.replace(/\./g, "\\.").replace(/\$\{[^}]+\}/g, "[a-z-]+")}$`);
      expect(Object.keys(AUDIT_ACTION_LABEL).some((key) => pattern.test(key)), template).toBe(true);
    }
  });

  it("falls back to the code for an unknown action, never to nothing", () => {
    expect(actionLabel("made.up")).toBe("made.up");
    expect(actionLabel("ticket.open")).toBe("Opened a ticket");
    expect(actionLabel("environment.start")).toBe("Start environment");
  });
});
