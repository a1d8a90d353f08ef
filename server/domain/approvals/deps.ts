import "server-only";
import { azureGatewayFromEnv, type AzureGateway } from "../../azure/gateway";
import { environmentDeps, type EnvironmentDeps } from "../environments/deps";

/** What deciding and running held actions needs: the environment use cases' queue and data plane, Azure, a clock. */
export interface ApprovalDeps extends EnvironmentDeps {
  azure: AzureGateway;
}

/** The web process's dependencies, from configuration. */
export async function approvalDeps(): Promise<ApprovalDeps> {
  return { ...(await environmentDeps()), azure: azureGatewayFromEnv() };
}
