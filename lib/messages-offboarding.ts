import { OFFBOARD_GRACE_DAYS } from "./offboarding";

// Texts of off-boarding (the cluster's page, the API's refusals) and of revival (the admin area).

export const offboardingMessages = {
  action: "Off-board",
  title: (name: string) => `Off-board ${name}`,
  intro: "Off-boarding ends the managed service for this cluster. It cannot be undone by you.",
  removedHeading: "What will be removed",
  removed: (resourceGroup: string) => [
    `The managed resource group ${resourceGroup} with every resource in it: Kubernetes service, PostgreSQL servers and their databases, container registry, storage accounts with files and backups, Grafana, Prometheus, Log Analytics, network and private endpoints.`,
    "The provider's access to your subscription (the managed application).",
    "The cluster's registration in this portal: it disappears from the cluster list.",
    "The cluster's support tickets.",
  ],
  graceNote: `Provider staff can revive the registration within ${OFFBOARD_GRACE_DAYS} days; the data in the deleted resources is not part of that.`,
  confirmLabel: (name: string) => `Type ${name} to confirm`,
  submit: "Off-board this cluster",
  submitting: "Starting…",
  running: "Off-boarding…",
  done: "The cluster has been off-boarded.",
  backToList: "Back to the cluster list",
  failed: "Off-boarding could not be started.",
  operationFailed: "Off-boarding failed. The cluster keeps its registration; try again or open a support ticket.",
  ownerOnly: "Only an owner of the organisation can off-board a cluster.",
  notNow: "The cluster cannot be off-boarded while an operation runs on it.",
  wrongName: "The name you typed is not the cluster's name.",
  wrongNameField: (name: string) => `Type ${name} to confirm.`,
  steps: {
    resourceGroup: "Delete the managed resource group",
    access: "Remove the provider's access",
    tickets: "Delete the support tickets",
    registration: "Remove the registration",
  },
} as const;

export const reviveMessages = {
  title: "Off-boarded clusters",
  description: `Clusters off-boarded in the last ${OFFBOARD_GRACE_DAYS} days can be revived: the registration comes back and the managed resources are created again from the cluster's last settings.`,
  empty: "No cluster was off-boarded in the grace period.",
  columns: { cluster: "Cluster", organization: "Organization", offboardedAt: "Off-boarded", deadline: "Revivable until", action: "Action" },
  purposeLabel: "Purpose (shown to the customer)",
  revive: "Revive",
  reviving: "Reviving…",
  revived: "Revived; the cluster is being initialized again.",
  expired: `The grace period of ${OFFBOARD_GRACE_DAYS} days has ended; this cluster can no longer be revived.`,
  notOffboarded: "Only an off-boarded cluster can be revived.",
  failed: "The cluster could not be revived.",
} as const;
