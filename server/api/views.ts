import "server-only";
import type { ClusterDetail, ClusterListItem } from "../store/clusters";

// The JSON shapes of the public API, kept apart from the database rows they come from.

export function clusterSummaryView(cluster: ClusterListItem) {
  return {
    id: cluster.id,
    name: cluster.name,
    organization: { id: cluster.orgId, name: cluster.org.name },
    status: cluster.status,
    region: cluster.region,
    subscriptionId: cluster.connection.subscriptionId,
    managedResourceGroup: cluster.managedResourceGroup,
    kubernetesVersion: cluster.kubernetesVersion,
    environmentCount: cluster._count.environments,
    initializedAt: cluster.initializedAt?.toISOString() ?? null,
    updatedAt: cluster.updatedAt.toISOString(),
  };
}

export function clusterDetailView(cluster: ClusterDetail) {
  return {
    id: cluster.id,
    name: cluster.name,
    organization: cluster.org,
    status: cluster.status,
    region: cluster.region,
    azure: { ...cluster.connection, managedResourceGroup: cluster.managedResourceGroup, managedApplicationId: cluster.managedApplicationId },
    settings: { desired: cluster.desiredSettings, actual: cluster.actualSettings, initial: cluster.initialSettings },
    versions: {
      kubernetes: cluster.kubernetesVersion,
      nodeImage: cluster.nodeImageVersion,
      operator: cluster.operatorVersion,
      agent: cluster.agentVersion,
      grafana: cluster.grafanaVersion,
    },
    endpoints: { appDomain: cluster.appDomain, grafanaUrl: cluster.grafanaUrl, loadBalancerIp: cluster.loadBalancerIp },
    maintenanceWindow: cluster.maintenanceWindow,
    lastError: cluster.lastError,
    components: cluster.components.map((component) => ({
      kind: component.kind,
      name: component.name,
      state: component.state,
      version: component.version,
      armId: component.armId,
      lastError: component.lastError,
      checkedAt: component.checkedAt?.toISOString() ?? null,
    })),
    namespace: cluster.namespace,
    environments: cluster.environments,
    environmentCount: cluster._count.environments,
    openTicketCount: cluster._count.tickets,
    initializedAt: cluster.initializedAt?.toISOString() ?? null,
    updatedAt: cluster.updatedAt.toISOString(),
  };
}
