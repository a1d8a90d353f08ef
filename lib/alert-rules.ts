import { z } from "zod";

// The default alert rules of every cluster (PRODUCT.md §14), provisioned as Azure Monitor
// Prometheus rule groups (Microsoft.AlertsManagement/prometheusRuleGroups) in the managed
// resource group. One group per area; a rule is identified by its `alert` name inside its group.

export const PROMETHEUS_RULE_GROUP_TYPE = "Microsoft.AlertsManagement/prometheusRuleGroups";
export const PROMETHEUS_RULE_GROUPS_API_VERSION = "2023-03-01";

/** The initialization step that creates the default rule groups. */
export const ALERT_RULES_STEP = "Default alert rules";

export const ALERT_GROUPS = ["apps", "nodes", "postgres"] as const;
export type AlertGroup = (typeof ALERT_GROUPS)[number];

/** Azure Monitor severities: 0 critical … 4 verbose. */
export type AlertSeverity = 0 | 1 | 2 | 3 | 4;

export interface AlertRuleDefinition {
  alert: string;
  group: AlertGroup;
  comparator: ">" | "<";
  /** Percent. */
  threshold: number;
  forMinutes: number;
  severity: AlertSeverity;
  expression: string;
}

const rule = (group: AlertGroup, alert: string, comparator: ">" | "<", threshold: number, forMinutes: number, severity: AlertSeverity, metric: string): AlertRuleDefinition => ({
  alert,
  group,
  comparator,
  threshold,
  forMinutes,
  severity,
  expression: `${metric} ${comparator} ${threshold}`,
});

export const DEFAULT_ALERT_RULES: readonly AlertRuleDefinition[] = [
  rule("apps", "MendixAppCpuHigh", ">", 80, 5, 2, "100 * sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{container!=\"\"}[5m])) / sum by (namespace, pod) (kube_pod_container_resource_limits{resource=\"cpu\"})"),
  rule("apps", "MendixAppMemoryHigh", ">", 95, 5, 2, "100 * sum by (namespace, pod) (container_memory_working_set_bytes{container!=\"\"}) / sum by (namespace, pod) (kube_pod_container_resource_limits{resource=\"memory\"})"),
  rule("apps", "MendixAppOldGenHeapHigh", ">", 85, 15, 2, "100 * jvm_memory_bytes_used{area=\"heap\",pool=~\".*Old Gen\"} / jvm_memory_bytes_max{area=\"heap\",pool=~\".*Old Gen\"}"),
  { alert: "MendixAppNoReplicas", group: "apps", comparator: "<", threshold: 1, forMinutes: 5, severity: 0, expression: "kube_deployment_status_replicas_available{namespace=~\".*-apps\"} < 1" },
  rule("nodes", "NodeCpuHigh", ">", 85, 5, 2, "100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{mode=\"idle\"}[5m])))"),
  rule("nodes", "NodeMemoryHigh", ">", 85, 5, 2, "100 * (1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes)"),
  rule("nodes", "NodeDiskFreeLow", "<", 15, 5, 2, "100 * node_filesystem_avail_bytes{mountpoint=\"/\"} / node_filesystem_size_bytes{mountpoint=\"/\"}"),
  rule("postgres", "PostgresCpuHigh", ">", 85, 10, 3, "azure_postgresql_cpu_percent"),
  rule("postgres", "PostgresMemoryHigh", ">", 85, 10, 3, "azure_postgresql_memory_percent"),
  rule("postgres", "PostgresConnectionsHigh", ">", 80, 10, 3, "100 * azure_postgresql_active_connections / azure_postgresql_max_connections"),
  rule("postgres", "PostgresStorageHigh", ">", 90, 10, 3, "azure_postgresql_storage_percent"),
];

export function ruleGroupName(clusterName: string, group: AlertGroup): string {
  return `${clusterName}-${group}-alerts`;
}

/** ISO 8601 minutes ("PT5M") as ARM stores the `for` of a rule. */
export function isoMinutes(minutes: number): string {
  return `PT${minutes}M`;
}

export function minutesOf(iso: string | undefined): number | null {
  const m = iso ? /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(iso) : null;
  if (!m || (!m[1] && !m[2])) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

export interface RuleGroupTarget {
  location: string;
  clusterName: string;
  /** The AKS cluster's name (Azure's `clusterName` of the group). */
  aksName: string;
  /** The Azure Monitor workspace the rules evaluate. */
  monitorWorkspaceId: string;
  /** The tags every resource of the cluster carries. */
  tags?: Record<string, string>;
}

/** The PUT body of one default rule group (every rule enabled). */
export function defaultRuleGroupBody(group: AlertGroup, target: RuleGroupTarget) {
  return {
    location: target.location,
    tags: target.tags ?? {},
    properties: {
      description: `Default ${group} alert rules of ${target.clusterName}`,
      scopes: [target.monitorWorkspaceId],
      clusterName: target.aksName,
      enabled: true,
      interval: "PT1M",
      rules: DEFAULT_ALERT_RULES.filter((definition) => definition.group === group).map((definition) => ({
        alert: definition.alert,
        expression: definition.expression,
        for: isoMinutes(definition.forMinutes),
        severity: definition.severity,
        enabled: true,
        labels: { area: group },
        annotations: { threshold: String(definition.threshold), comparator: definition.comparator },
      })),
    },
  };
}

const ZRule = z.object({
  alert: z.string().optional(),
  expression: z.string().optional(),
  for: z.string().optional(),
  severity: z.number().int().optional(),
  enabled: z.boolean().optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});

const ZRuleGroup = z.object({
  name: z.string(),
  properties: z.object({ enabled: z.boolean().optional(), rules: z.array(z.unknown()).optional() }).passthrough().optional(),
});

export interface AlertRuleView {
  group: AlertGroup;
  groupName: string;
  alert: string;
  comparator: ">" | "<";
  threshold: number | null;
  forMinutes: number | null;
  severity: number | null;
  enabled: boolean;
}

/** What the portal shows of a rule group read from ARM (rules it does not know are skipped). */
export function ruleViews(clusterName: string, resource: unknown): AlertRuleView[] {
  const parsed = ZRuleGroup.safeParse(resource);
  if (!parsed.success) return [];
  const group = ALERT_GROUPS.find((candidate) => ruleGroupName(clusterName, candidate).toLowerCase() === parsed.data.name.toLowerCase());
  if (!group) return [];
  const groupEnabled = parsed.data.properties?.enabled !== false;
  return (parsed.data.properties?.rules ?? []).flatMap((raw) => {
    const item = ZRule.safeParse(raw);
    if (!item.success || !item.data.alert) return [];
    const threshold = Number(item.data.annotations?.threshold);
    return [
      {
        group,
        groupName: parsed.data.name,
        alert: item.data.alert,
        comparator: item.data.annotations?.comparator === "<" ? "<" : ">",
        threshold: Number.isFinite(threshold) ? threshold : null,
        forMinutes: minutesOf(item.data.for),
        severity: item.data.severity ?? null,
        enabled: groupEnabled && item.data.enabled !== false,
      } satisfies AlertRuleView,
    ];
  });
}

/** The group's rules with one rule switched on or off; null when the group has no such rule. */
export function withRuleEnabled<T extends { alert?: string; enabled?: boolean }>(rules: readonly T[], alert: string, enabled: boolean): T[] | null {
  if (!rules.some((item) => item.alert === alert)) return null;
  return rules.map((item) => (item.alert === alert ? { ...item, enabled } : item));
}

/** The request to switch a rule: which group, which rule, on or off. */
export const ZToggleAlertRule = z.object({
  group: z.enum(ALERT_GROUPS),
  alert: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[A-Za-z][A-Za-z0-9_]*$/, "An alert rule name has letters, digits and underscores only."),
  enabled: z.boolean(),
});
