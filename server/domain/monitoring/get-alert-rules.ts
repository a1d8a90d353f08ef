import "server-only";
import type { AlertRuleView } from "@/lib/alert-rules";
import { assertCan, type Actor } from "../../auth/permissions";
import { listAlertRules } from "../../azure/alert-rules";
import { toArmFailure } from "../../azure/arm";
import { azureGatewayFromEnv, type AzureGateway } from "../../azure/gateway";
import type { DbOrTx } from "../../db";
import { getCluster } from "../../store/clusters";

export interface AlertRulesView {
  rules: AlertRuleView[];
  /** Azure could not be read: the reason, in Azure's words. */
  error: { code: string; message: string } | null;
}

/** The cluster's default alert rules as ARM has them now. Any member who sees the cluster may read them. */
export async function getAlertRules(db: DbOrTx, actor: Actor, clusterId: string, azure: AzureGateway = azureGatewayFromEnv()): Promise<AlertRulesView> {
  const cluster = await getCluster(db, actor, clusterId);
  assertCan(actor, "read:cluster", cluster.orgId);
  if (cluster.components.length === 0) return { rules: [], error: null };
  try {
    const rules = await listAlertRules(azure.clientsFor(cluster.connection.subscriptionId), cluster.managedResourceGroup, cluster.name);
    return { rules, error: null };
  } catch (error) {
    const failure = toArmFailure(error);
    return { rules: [], error: { code: failure.code, message: failure.message } };
  }
}
