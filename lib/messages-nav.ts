// The navigation texts, apart from the rest of the catalogue (lib/messages.ts) because client
// components of the top bar on every page need them and should not ship the whole catalogue.
export const navMessages = {
  main: "Main",
  clusters: "Clusters",
  supportCenter: "Support Center",
  activity: "Activity",
  supportQueue: "Support queue",
  admin: "Admin",
  organization: "Organization",
  switchOrganization: "Switch",
  userMenu: "Account",
  accessTokens: "Access tokens",
  signOut: "Sign out",
  signOutEverywhere: "Sign out everywhere",
  signedInAs: "Signed in as",
  roleInOrg: (org: string) => `Role in ${org}`,
  staffRole: "Provider staff",
  breadcrumbs: "Breadcrumb",
  clusterNav: "Cluster",
  /** The sections of a cluster in its left navigation. */
  clusterSections: {
    overview: "Overview",
    environments: "Environments",
    backups: "Backups",
    settings: "Settings",
    updates: "Updates",
    compliance: "Compliance",
    approvals: "Approvals",
    support: "Support",
    activity: "Activity",
    unavailable: "Not available yet",
  },
} as const;
