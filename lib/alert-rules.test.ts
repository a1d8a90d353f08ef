import { describe, expect, it } from "vitest";
import { DEFAULT_ALERT_RULES, defaultRuleGroupBody, minutesOf, ruleViews, withRuleEnabled, ZToggleAlertRule } from "./alert-rules";

const target = { location: "westeurope", clusterName: "c1", aksName: "aks-mendix", monitorWorkspaceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Monitor/accounts/amw" };

describe("default alert rules", () => {
  it("cover PRODUCT.md §14 with its thresholds and durations", () => {
    const by = Object.fromEntries(DEFAULT_ALERT_RULES.map((rule) => [rule.alert, rule]));
    expect(by.MendixAppCpuHigh).toMatchObject({ threshold: 80, forMinutes: 5 });
    expect(by.MendixAppMemoryHigh).toMatchObject({ threshold: 95, forMinutes: 5 });
    expect(by.MendixAppOldGenHeapHigh).toMatchObject({ threshold: 85, forMinutes: 15 });
    expect(by.MendixAppNoReplicas).toMatchObject({ severity: 0, forMinutes: 5 });
    expect(by.NodeDiskFreeLow).toMatchObject({ comparator: "<", threshold: 15 });
    expect(by.PostgresStorageHigh).toMatchObject({ threshold: 90, forMinutes: 10, severity: 3 });
    expect(new Set(DEFAULT_ALERT_RULES.map((rule) => rule.alert)).size).toBe(DEFAULT_ALERT_RULES.length);
  });

  it("round-trip through a group body into the views the page shows", () => {
    const body = defaultRuleGroupBody("postgres", target);
    expect(body.properties.scopes).toEqual([target.monitorWorkspaceId]);
    const views = ruleViews("c1", { name: "c1-postgres-alerts", ...body });
    expect(views.map((view) => view.alert)).toEqual(["PostgresCpuHigh", "PostgresMemoryHigh", "PostgresConnectionsHigh", "PostgresStorageHigh"]);
    expect(views[3]).toMatchObject({ group: "postgres", threshold: 90, comparator: ">", forMinutes: 10, severity: 3, enabled: true });
  });

  it("shows a rule of a disabled group as disabled, and skips groups of other clusters", () => {
    const body = defaultRuleGroupBody("nodes", target);
    expect(ruleViews("c1", { name: "c1-nodes-alerts", properties: { ...body.properties, enabled: false } }).every((view) => !view.enabled)).toBe(true);
    expect(ruleViews("c1", { name: "c2-nodes-alerts", ...body })).toEqual([]);
    expect(ruleViews("c1", "nonsense")).toEqual([]);
  });

  it("switches exactly one rule, and knows when the rule is not there", () => {
    const rules = [{ alert: "A", enabled: true }, { alert: "B", enabled: true }];
    expect(withRuleEnabled(rules, "B", false)).toEqual([{ alert: "A", enabled: true }, { alert: "B", enabled: false }]);
    expect(withRuleEnabled(rules, "C", false)).toBeNull();
  });

  it("reads ISO minutes", () => {
    expect(minutesOf("PT5M")).toBe(5);
    expect(minutesOf("PT1H30M")).toBe(90);
    expect(minutesOf("5m")).toBeNull();
    expect(minutesOf(undefined)).toBeNull();
  });

  it("validates a toggle request", () => {
    expect(ZToggleAlertRule.safeParse({ group: "apps", alert: "MendixAppCpuHigh", enabled: false }).success).toBe(true);
    expect(ZToggleAlertRule.safeParse({ group: "apps", alert: "x y", enabled: false }).success).toBe(false);
    expect(ZToggleAlertRule.safeParse({ group: "db", alert: "A", enabled: false }).success).toBe(false);
  });
});
