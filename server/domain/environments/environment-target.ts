import "server-only";
import { componentSpec } from "@/lib/cluster-components";
import type { EnvironmentDataTarget } from "../../environments/data-plane";
import type { KubeCluster } from "../../kubernetes/client";

// Where an environment lives: its data on the cluster's servers, its MendixApp in the cluster's AKS.

export interface EnvironmentPlace {
  name: string;
  databaseName: string;
  filesContainer: string;
  cluster: { name: string; managedResourceGroup: string; connection: { subscriptionId: string } };
}

export function dataTarget(environment: EnvironmentPlace): EnvironmentDataTarget {
  return {
    subscriptionId: environment.cluster.connection.subscriptionId,
    resourceGroup: environment.cluster.managedResourceGroup,
    clusterName: environment.cluster.name,
    databaseName: environment.databaseName,
    filesContainer: environment.filesContainer,
  };
}

export function kubeCluster(cluster: EnvironmentPlace["cluster"]): KubeCluster {
  return { subscriptionId: cluster.connection.subscriptionId, resourceGroup: cluster.managedResourceGroup, aksName: componentSpec("AKS").name(cluster.name) };
}

/** The app's host name under the cluster's app domain. */
export function appHost(environmentName: string, appDomain: string | null): string | null {
  return appDomain ? `${environmentName}.${appDomain}` : null;
}
