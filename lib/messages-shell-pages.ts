// Texts of the shell's server-drawn pages: the one 404 page and the admin's page of one organisation.
// Apart from lib/messages-shell.ts, whose texts the top bar's client components ship to every page.
export const notFoundMessages = {
  title: "Page not found",
  body: "This page does not exist, or you do not have access to it. Check the address, or go on from one of these:",
  home: "Go to clusters",
  signIn: "Sign in",
} as const;

export const adminOrgMessages = {
  pageTitle: "Organisation",
  back: "Back to admin",
  open: (name: string) => `Open ${name}`,
  plan: "Plan",
  entitlement: "Entitlement",
  since: "Customer since",
  clusters: "Clusters",
  clustersEmpty: "No clusters",
  members: "Members",
  membersEmpty: "No members",
  policy: "Settings policy",
  policyHint: "Settings this organisation's members may not see or change.",
  policyNone: "Every setting is open to this organisation.",
  policyEdit: "Edit settings policies",
  ruleMode: { hidden: "Hidden", locked: "Locked" },
  shownFirst: (shown: number, total: number) => `The first ${shown} of ${total}.`,
  columns: {
    name: "Name",
    status: "Status",
    region: "Region",
    environments: "Environments",
    email: "E-mail",
    role: "Role",
    joined: "Joined",
    setting: "Setting",
    rule: "Rule",
  },
} as const;
