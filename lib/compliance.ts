// SOC 2 compliance of a cluster (PRODUCT.md §10): the Azure Policy controls the service checks and
// the exceptions the support policy documents ("SOC 2 Type 2 Compliance Exceptions"), written once
// as data. The page shows each next to the live state read from Azure; exceptions are accepted
// deviations, never failures.

export type ComplianceService = "Storage Account" | "Azure Database for PostgreSQL" | "Azure Kubernetes Service" | "Azure Container Registry";

export type ControlId =
  | "storage-encryption"
  | "storage-public-blob-access"
  | "postgres-secure-transport"
  | "postgres-minimum-tls"
  | "postgres-public-network-access"
  | "aks-local-accounts-disabled"
  | "aks-rbac"
  | "acr-admin-user-disabled";

export interface ComplianceControl {
  id: ControlId;
  service: ComplianceService;
  /** The Azure Policy definition's display name. */
  policy: string;
  /** The ARM property that decides it, as the page names it. */
  property: string;
  /** What the property must be. */
  expected: string;
}

export const COMPLIANCE_CONTROLS: readonly ComplianceControl[] = [
  { id: "storage-encryption", service: "Storage Account", policy: "Storage accounts should have encryption enabled for Blob and File services", property: "encryption.services.blob/file.enabled", expected: "true" },
  { id: "storage-public-blob-access", service: "Storage Account", policy: "Storage account public access should be disallowed", property: "allowBlobPublicAccess", expected: "false" },
  { id: "postgres-secure-transport", service: "Azure Database for PostgreSQL", policy: "Enforce SSL connection should be enabled for PostgreSQL flexible servers", property: "require_secure_transport", expected: "on" },
  { id: "postgres-minimum-tls", service: "Azure Database for PostgreSQL", policy: "PostgreSQL flexible servers should be running TLS version 1.2 or newer", property: "ssl_min_protocol_version", expected: "TLSv1.2 or TLSv1.3" },
  { id: "postgres-public-network-access", service: "Azure Database for PostgreSQL", policy: "Public network access should be disabled for PostgreSQL flexible servers", property: "network.publicNetworkAccess", expected: "Disabled" },
  { id: "aks-local-accounts-disabled", service: "Azure Kubernetes Service", policy: "Kubernetes clusters should have local authentication methods disabled", property: "disableLocalAccounts", expected: "true" },
  { id: "aks-rbac", service: "Azure Kubernetes Service", policy: "Role-Based Access Control (RBAC) should be used on Kubernetes Services", property: "enableRBAC", expected: "true" },
  { id: "acr-admin-user-disabled", service: "Azure Container Registry", policy: "Container registries should have local admin account disabled", property: "adminUserEnabled", expected: "false" },
];

export interface ComplianceException {
  service: string;
  policy: string;
  rationale: string;
}

/** The five documented exceptions, as the support policy states them. */
export const COMPLIANCE_EXCEPTIONS: readonly ComplianceException[] = [
  {
    service: "Azure Kubernetes Service",
    policy: "Azure Policy Addon for Kubernetes service (AKS) should be installed and enabled on your clusters",
    rationale: "The cluster and all workloads are deployed and managed by Mendix so enforcing policy does not add any value.",
  },
  { service: "Azure Kubernetes Service", policy: "Azure Kubernetes Service clusters should have Defender profile enabled", rationale: "Defender is not enabled for cost-saving reasons." },
  { service: "Azure Kubernetes Service", policy: "All Internet traffic should be routed via your deployed Azure Firewall", rationale: "This is not part of the product scope but can be added by the customer post-deployment." },
  { service: "Azure Container Registry", policy: "Container registries should be encrypted with a customer-managed key", rationale: "The standard Microsoft key is used to enable deployment without key creation in Azure." },
  { service: "Storage Account", policy: "Storage accounts should use customer-managed key for encryption", rationale: "The standard Microsoft key is used to enable deployment without key creation in Azure." },
];

export type ControlState = "compliant" | "non-compliant" | "unknown";

export interface ControlResult {
  id: ControlId;
  state: ControlState;
  /** What Azure returned, per resource, e.g. "stmendixprod: false". */
  observed: string[];
}

export interface ComplianceReport {
  checkedAt: string;
  controls: ControlResult[];
}

/** What the live read found: one entry per resource of a control; null when the resource was not found. */
export type ComplianceFacts = Record<ControlId, { resource: string; value: unknown }[] | null>;

const RULES: Record<ControlId, (value: unknown) => boolean> = {
  "storage-encryption": (value) => value === true,
  "storage-public-blob-access": (value) => value === false,
  "postgres-secure-transport": (value) => String(value).toLowerCase() === "on",
  "postgres-minimum-tls": (value) => ["tlsv1.2", "tlsv1.3"].includes(String(value).toLowerCase()),
  "postgres-public-network-access": (value) => value === "Disabled",
  "aks-local-accounts-disabled": (value) => value === true,
  "aks-rbac": (value) => value === true,
  "acr-admin-user-disabled": (value) => value === false,
};

/** Judges the facts read from Azure against every control: compliant only when every resource complies. */
export function evaluateCompliance(facts: ComplianceFacts, checkedAt: Date): ComplianceReport {
  return {
    checkedAt: checkedAt.toISOString(),
    controls: COMPLIANCE_CONTROLS.map((control) => {
      const found = facts[control.id];
      if (!found || found.length === 0) return { id: control.id, state: "unknown" as const, observed: [] };
      const ok = found.every((entry) => RULES[control.id](entry.value));
      return { id: control.id, state: ok ? ("compliant" as const) : ("non-compliant" as const), observed: found.map((entry) => `${entry.resource}: ${entry.value === undefined || entry.value === null ? "not set" : String(entry.value)}`) };
    }),
  };
}
