import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as listRoute from "@/app/api/v1/clusters/[clusterId]/alert-rules/route";
import * as toggleRoute from "@/app/api/v1/clusters/[clusterId]/alert-rules/toggle/route";
import { DEFAULT_ALERT_RULES, PROMETHEUS_RULE_GROUP_TYPE, PROMETHEUS_RULE_GROUPS_API_VERSION, ruleGroupName, type AlertRuleView } from "@/lib/alert-rules";
import type { Actor } from "@/server/auth/permissions";
import { callRoute } from "../api";
import { actorFor, clusterByName, CONTOSO_SUB, DEMO_USERS, testDb, waitForOperation, type AzureTestEnv } from "../azure/helpers";
import { resetSettingsEnv, startSettingsEnv } from "../settings/helpers";

// The default alert rules as Azure Monitor Prometheus rule groups, through the API routes, a real
// worker and the SDK's generic resources client against the ARM emulator.

let env: AzureTestEnv;
beforeAll(async () => {
  env = await startSettingsEnv();
}, 120_000);
afterAll(async () => env?.dispose());
beforeEach(async () => resetSettingsEnv(env));

const list = (actor: Actor, clusterId: string) => callRoute(listRoute.GET, actor, { url: `/api/v1/clusters/${clusterId}/alert-rules`, params: { clusterId } });
const toggle = (actor: Actor, clusterId: string, body: unknown) =>
  callRoute(toggleRoute.POST, actor, { method: "POST", url: `/api/v1/clusters/${clusterId}/alert-rules/toggle`, params: { clusterId }, body });

describe("alert rules", () => {
  it("are provisioned with the cluster as three rule groups holding every default rule, enabled", async () => {
    const prod = await clusterByName("contoso-prod");
    const clients = env.gateway.clientsFor(CONTOSO_SUB);
    const names: string[] = [];
    for await (const item of clients.resources.resources.listByResourceGroup(prod.managedResourceGroup, { filter: `resourceType eq '${PROMETHEUS_RULE_GROUP_TYPE}'` })) names.push(item.name!);
    expect(names.sort()).toEqual(["contoso-prod-apps-alerts", "contoso-prod-nodes-alerts", "contoso-prod-postgres-alerts"]);
    const apps = await clients.resources.resources.getById(`/subscriptions/${CONTOSO_SUB}/resourceGroups/${prod.managedResourceGroup}/providers/${PROMETHEUS_RULE_GROUP_TYPE}/${ruleGroupName("contoso-prod", "apps")}`, PROMETHEUS_RULE_GROUPS_API_VERSION);
    expect((apps.properties as { scopes: string[] }).scopes[0]).toMatch(/\/providers\/Microsoft\.Monitor\/accounts\/amw-mendix$/);

    const member = await actorFor(DEMO_USERS.contosoMember);
    const answer = await list(member, prod.id);
    expect(answer.status, answer.text).toBe(200);
    const rules = answer.json.rules as AlertRuleView[];
    expect(rules.map((rule) => rule.alert).sort()).toEqual(DEFAULT_ALERT_RULES.map((rule) => rule.alert).sort());
    expect(rules.every((rule) => rule.enabled)).toBe(true);
    expect(rules.find((rule) => rule.alert === "MendixAppCpuHigh")).toMatchObject({ group: "apps", threshold: 80, comparator: ">", forMinutes: 5, severity: 2 });
    expect(rules.find((rule) => rule.alert === "MendixAppNoReplicas")).toMatchObject({ severity: 0, forMinutes: 5 });
    expect(rules.find((rule) => rule.alert === "PostgresStorageHigh")).toMatchObject({ group: "postgres", threshold: 90, forMinutes: 10, severity: 3 });
    expect(rules.find((rule) => rule.alert === "NodeDiskFreeLow")).toMatchObject({ comparator: "<", threshold: 15 });
  });

  it("a manager switches a rule off and on again in Azure, as an audited operation", async () => {
    const prod = await clusterByName("contoso-prod");
    const manager = await actorFor(DEMO_USERS.contosoManager);
    const off = await toggle(manager, prod.id, { group: "nodes", alert: "NodeCpuHigh", enabled: false });
    expect(off.status, off.text).toBe(202);
    const operation = await waitForOperation(off.json.operationId);
    expect(operation.status, JSON.stringify(operation.error)).toBe("SUCCEEDED");
    expect(operation.kind).toBe("cluster.alert-rule-toggle");

    const rules = (await list(manager, prod.id)).json.rules as AlertRuleView[];
    expect(rules.find((rule) => rule.alert === "NodeCpuHigh")!.enabled).toBe(false);
    expect(rules.filter((rule) => !rule.enabled)).toHaveLength(1);

    // Azure holds the change: read straight from the emulator through the SDK.
    const clients = env.gateway.clientsFor(CONTOSO_SUB);
    const nodes = await clients.resources.resources.getById(`/subscriptions/${CONTOSO_SUB}/resourceGroups/${prod.managedResourceGroup}/providers/${PROMETHEUS_RULE_GROUP_TYPE}/contoso-prod-nodes-alerts`, PROMETHEUS_RULE_GROUPS_API_VERSION);
    const stored = (nodes.properties as { rules: { alert: string; enabled: boolean }[] }).rules;
    expect(stored.find((rule) => rule.alert === "NodeCpuHigh")!.enabled).toBe(false);
    expect(stored.find((rule) => rule.alert === "NodeMemoryHigh")!.enabled).toBe(true);

    const audit = await testDb.auditEvent.findFirstOrThrow({ where: { targetId: prod.id, action: "cluster.alert-rule.toggle", actorEmail: DEMO_USERS.contosoManager } });
    expect(audit.before).toMatchObject({ alert: "NodeCpuHigh", enabled: true });
    expect(audit.after).toMatchObject({ alert: "NodeCpuHigh", enabled: false, operationId: operation.id });
    expect(await testDb.auditEvent.count({ where: { targetId: prod.id, action: "cluster.alert-rule.toggle.finished", outcome: "SUCCESS" } })).toBe(1);

    const on = await toggle(manager, prod.id, { group: "nodes", alert: "NodeCpuHigh", enabled: true });
    expect((await waitForOperation(on.json.operationId)).status).toBe("SUCCEEDED");
    expect(((await list(manager, prod.id)).json.rules as AlertRuleView[]).every((rule) => rule.enabled)).toBe(true);
  });

  it("refuses members, bad input and uninitialized clusters, and is another organisation's 404", async () => {
    const prod = await clusterByName("contoso-prod");
    const member = await actorFor(DEMO_USERS.contosoMember);
    const owner = await actorFor(DEMO_USERS.contosoOwner);
    expect((await toggle(member, prod.id, { group: "nodes", alert: "NodeCpuHigh", enabled: false })).status).toBe(403);

    const bad = await toggle(owner, prod.id, { group: "nodes", alert: "Node\u0000Cpu", enabled: "no" });
    expect(bad.status).toBe(400);
    expect((await toggle(owner, prod.id, { group: "everything", alert: "NodeCpuHigh", enabled: false })).status).toBe(400);

    const fabrikam = await actorFor(DEMO_USERS.fabrikamOwner);
    expect((await toggle(fabrikam, prod.id, { group: "nodes", alert: "NodeCpuHigh", enabled: false })).status).toBe(404);
    expect((await list(fabrikam, prod.id)).status).toBe(404);

    const failed = await clusterByName("contoso-analytics");
    expect((await toggle(owner, failed.id, { group: "nodes", alert: "NodeCpuHigh", enabled: false })).status).toBe(409);
    expect(await testDb.operation.count({ where: { kind: "cluster.alert-rule-toggle" } })).toBe(0);

    // A rule the group does not have fails the operation with Azure's words, and changes nothing.
    const unknown = await toggle(owner, prod.id, { group: "nodes", alert: "NoSuchRule", enabled: false });
    expect(unknown.status).toBe(202);
    const operation = await waitForOperation(unknown.json.operationId);
    expect(operation.status).toBe("FAILED");
    expect(operation.error).toMatchObject({ code: "AlertRuleNotFound" });
    expect(((await list(owner, prod.id)).json.rules as AlertRuleView[]).every((rule) => rule.enabled)).toBe(true);
  });
});
