import "server-only";
import type { Cluster } from "@/generated/prisma/client";
import { DEFAULT_WINDOW, nextWindowStart, parseWindow, type WeeklyWindow } from "@/lib/maintenance-window";
import { WAVE_GAP_DAYS, type ComponentVersions, type ReleaseKindName } from "@/lib/releases";

// The scheduling rules of a rollout, written once: when a cluster's update of a release runs.

export function clusterWindow(cluster: Pick<Cluster, "maintenanceWindow">): WeeklyWindow {
  return parseWindow(cluster.maintenanceWindow) ?? DEFAULT_WINDOW;
}

/** Wave 1 runs in the cluster's first window after publishing; the rest in the first window after the wave gap. Emergencies run now. */
export function scheduledStart(kind: ReleaseKindName, wave: number, window: WeeklyWindow, publishedAt: Date): Date {
  if (kind === "EMERGENCY") return publishedAt;
  const from = wave === 1 ? publishedAt : new Date(publishedAt.getTime() + WAVE_GAP_DAYS[kind] * 86_400_000);
  return nextWindowStart(from, window);
}

export function versionsOf(cluster: Pick<Cluster, "kubernetesVersion" | "nodeImageVersion" | "operatorVersion" | "agentVersion" | "grafanaVersion">): ComponentVersions {
  const pick = (value: string | null) => value ?? undefined;
  return {
    kubernetes: pick(cluster.kubernetesVersion),
    nodeImage: pick(cluster.nodeImageVersion),
    operator: pick(cluster.operatorVersion),
    agent: pick(cluster.agentVersion),
    grafana: pick(cluster.grafanaVersion),
  };
}
