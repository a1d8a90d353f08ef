// Texts of a cluster's overview that the general catalogue (lib/messages.ts) does not hold: what a
// failed cluster lets each role do, the cluster details (PRODUCT.md §16) and the activity chart.

export const overviewMessages = {
  failed: {
    title: "Initialization failed",
    cause: "Cause",
    ownerNext: "Fix the cause in Azure if it is on your side (for example a quota), then rerun the initialization. If the rerun fails too, a ticket is opened for you with the logs.",
    managerNext: "Only the organisation's owner can rerun the initialization. Open a ticket and support will look into it with the recent logs.",
    components: "Components",
    notCreated: (at: string) => `Not created: the initialization stopped at ${at}.`,
    openTicket: "Open a ticket",
    ticketHeading: "Open a ticket about this failure",
    subject: "Subject",
    description: "Description",
    severity: "Severity",
    send: "Open ticket",
    sending: "Opening…",
    cancel: "Cancel",
    subjectText: (cluster: string) => `Initialization of ${cluster} failed`,
    descriptionText: (cluster: string, cause: string, components: string[]) =>
      [`The initialization of ${cluster} failed.`, `Cause: ${cause}`, components.length ? `Failed components:\n${components.map((line) => `- ${line}`).join("\n")}` : ""]
        .filter(Boolean)
        .join("\n\n"),
    checkFields: "Check the highlighted fields.",
    unreachable: "The portal could not be reached. Try again.",
  },
  settingsNotApplied: "Not applied",
  details: {
    title: "Cluster details",
    loadBalancer: "Load balancer",
    loadBalancerExposure: { public: "Public", internal: "Internal" } as Record<string, string>,
    loadBalancerIp: "Load balancer IP",
    copyLoadBalancerIp: "Copy load balancer IP",
    copied: "Copied",
    plan: "Plan",
    plans: { STANDARD: "Standard", JIT: "Just-in-time (JIT)" } as Record<string, string>,
    nodeVmSize: "Node VM size",
    postgresCompute: "PostgreSQL compute size",
    resourceGroup: "Managed resource group",
    notYet: "Not assigned yet",
  },
  chart: {
    title: "Operations per week",
    description: (weeks: number) => `Operations on this cluster in the last ${weeks} weeks, by week and outcome.`,
    empty: "No operations in this period.",
    week: "Week of",
    succeeded: "Succeeded",
    failed: "Failed",
    total: "Total",
    showTable: "Show as table",
    summary: (total: number, failed: number) => `${total} operations, ${failed} failed`,
  },
} as const;
