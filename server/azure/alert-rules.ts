import "server-only";
import {
  ALERT_GROUPS,
  defaultRuleGroupBody,
  PROMETHEUS_RULE_GROUP_TYPE,
  PROMETHEUS_RULE_GROUPS_API_VERSION,
  ruleGroupName,
  ruleViews,
  withRuleEnabled,
  type AlertGroup,
  type AlertRuleView,
} from "@/lib/alert-rules";
import { ArmFailure, getOrNull, toArmFailure, withConflictRetry } from "./arm";
import { isArmNotFound, type AzureClients } from "./client-factory";
import { componentArmId, componentName, resourceTags, type ClusterPlan } from "./transform";

// Prometheus rule groups through the generic resources client of @azure/arm-resources: no
// published JavaScript SDK has a PrometheusRuleGroups client (decision 0033). A group is read
// and written whole, as ARM's PUT wants it.

type Resource = { name?: string; location?: string; properties?: Record<string, unknown>; [key: string]: unknown };

function groupId(clients: AzureClients, resourceGroup: string, name: string): string {
  return `/subscriptions/${clients.subscriptionId}/resourceGroups/${resourceGroup}/providers/${PROMETHEUS_RULE_GROUP_TYPE}/${name}`;
}

function readGroup(clients: AzureClients, resourceGroup: string, name: string): Promise<Resource | null> {
  return getOrNull(() => clients.resources.resources.getById(groupId(clients, resourceGroup, name), PROMETHEUS_RULE_GROUPS_API_VERSION)) as Promise<Resource | null>;
}

function writeGroup(clients: AzureClients, resourceGroup: string, name: string, body: Resource) {
  return withConflictRetry(() =>
    clients.resources.resources.beginCreateOrUpdateByIdAndWait(groupId(clients, resourceGroup, name), PROMETHEUS_RULE_GROUPS_API_VERSION, body as never, clients.lro),
  );
}

/** Creates the default rule groups a cluster does not have yet (an existing group is left as the customer set it). */
export async function ensureAlertRuleGroups(clients: AzureClients, plan: ClusterPlan): Promise<number> {
  const monitorWorkspaceId = componentArmId(plan, "PROMETHEUS")!;
  let created = 0;
  for (const group of ALERT_GROUPS) {
    const name = ruleGroupName(plan.clusterName, group);
    if (await readGroup(clients, plan.resourceGroup, name)) continue;
    const body = defaultRuleGroupBody(group, { location: plan.location, clusterName: plan.clusterName, aksName: componentName(plan, "AKS"), monitorWorkspaceId, tags: resourceTags(plan) });
    await writeGroup(clients, plan.resourceGroup, name, body);
    created++;
  }
  return created;
}

const sameTags = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([key, value]) => b[key] === value);

/** The cluster's rule groups whose tags are not the cluster's tags (a settings change of the tags). */
export async function alertRuleGroupsToRetag(clients: AzureClients, plan: ClusterPlan): Promise<string[]> {
  const wanted = resourceTags(plan);
  const names: string[] = [];
  for (const group of ALERT_GROUPS) {
    const name = ruleGroupName(plan.clusterName, group);
    const actual = await readGroup(clients, plan.resourceGroup, name);
    if (actual && !sameTags((actual.tags ?? {}) as Record<string, string>, wanted)) names.push(name);
  }
  return names;
}

/** Gives these rule groups the cluster's tags, each written whole with its rules as they are. */
export async function retagAlertRuleGroups(clients: AzureClients, plan: ClusterPlan, names: string[]): Promise<void> {
  for (const name of names) {
    const actual = await readGroup(clients, plan.resourceGroup, name);
    if (!actual) continue;
    const { location, properties } = actual;
    await writeGroup(clients, plan.resourceGroup, name, { location, properties, tags: resourceTags(plan) });
  }
}

/** Every default rule of the cluster, as ARM has it now (listed by type, then each group read whole). */
export async function listAlertRules(clients: AzureClients, resourceGroup: string, clusterName: string): Promise<AlertRuleView[]> {
  const names: string[] = [];
  try {
    for await (const item of clients.resources.resources.listByResourceGroup(resourceGroup, { filter: `resourceType eq '${PROMETHEUS_RULE_GROUP_TYPE}'` })) {
      if (item.name) names.push(item.name);
    }
  } catch (error) {
    // No managed resource group (yet or any more): no rules.
    if (isArmNotFound(error)) return [];
    throw toArmFailure(error);
  }
  const groups = await Promise.all(names.map((name) => readGroup(clients, resourceGroup, name)));
  const order = (view: AlertRuleView) => ALERT_GROUPS.indexOf(view.group);
  return groups.flatMap((group) => (group ? ruleViews(clusterName, group) : [])).sort((a, b) => order(a) - order(b));
}

/** Switches one rule on or off (idempotent: a rule already in that state is written as it is). */
export async function setAlertRuleEnabled(clients: AzureClients, resourceGroup: string, clusterName: string, group: AlertGroup, alert: string, enabled: boolean): Promise<void> {
  const name = ruleGroupName(clusterName, group);
  const current = await readGroup(clients, resourceGroup, name);
  if (!current) throw new ArmFailure({ code: "ResourceNotFound", message: `The alert rule group '${name}' does not exist in the managed resource group.` });
  const properties = current.properties ?? {};
  const rules = withRuleEnabled((properties.rules ?? []) as { alert?: string; enabled?: boolean }[], alert, enabled);
  if (!rules) throw new ArmFailure({ code: "AlertRuleNotFound", message: `The alert rule '${alert}' is not in the group '${name}'.` });
  const { provisioningState: _ignored, ...writable } = properties as Record<string, unknown>;
  void _ignored;
  await writeGroup(clients, resourceGroup, name, { location: current.location, tags: current.tags, properties: { ...writable, rules } });
}
