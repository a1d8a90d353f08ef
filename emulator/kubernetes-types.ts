// Shapes of the emulator's small Kubernetes API (namespaces and the Mendix Operator's MendixApp
// custom resources). Free of runtime imports from the portal, like the rest of the emulator.

export const MENDIX_GROUP = "privatecloud.mendix.com";
export const MENDIX_VERSION = "v1alpha1";
export const MENDIX_PLURAL = "mendixapps";
export const MENDIX_KIND = "MendixApp";

export type KubeJson = Record<string, any>;

/** Faults of the Kubernetes API and its operator, set through `/_emulator/kubernetes/faults`. */
export type KubeFaultRule =
  | {
      /** The operator moves the app to phase Failed with this message instead of Running/Stopped. */
      kind: "operatorFailure";
      /** Only this MendixApp (metadata.name). */
      name?: string;
      namespace?: string;
      message?: string;
      id?: string;
      times?: number;
    }
  | {
      /** The API server answers with this status instead of handling the request. */
      kind: "apiError";
      status?: number;
      method?: string;
      /** Case-insensitive substring of the request path (after the cluster prefix). */
      pathContains?: string;
      message?: string;
      id?: string;
      times?: number;
    };

export type KubeFaultWithState = KubeFaultRule & { id: string; fired: number };

/** A cluster as the emulator's Kubernetes API knows it (created by listClusterUserCredential). */
export interface KubeClusterState {
  /** Lower-cased ARM id of the managed cluster it belongs to. */
  armKey: string;
  token: string;
  namespaces: Record<string, KubeJson>;
  /** key: "namespace/name" */
  apps: Record<string, KubeJson>;
  /** Pending operator transitions: key "namespace/name" → epoch ms when the operator settles it. */
  settleAt: Record<string, number>;
  resourceVersion: number;
}
