import { isValidElement, type ReactElement, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { staticMarkup } from "@/components/ui/static-markup";
import { TBody } from "@/components/ui/table";
import { textsIn } from "@/lib/i18n/catalogue";
import type { ClusterListItem } from "@/server/store/clusters";
import { ClusterTable } from "./cluster-table";

// The request's language is Japanese: what texts() and requestLocale() decide from the session or
// Accept-Language in a real request (server/i18n/texts.ts reads the request's headers).
vi.mock("@/server/i18n/texts", () => ({
  texts: async (entry: Parameters<typeof textsIn>[0]) => textsIn(entry, "ja"),
  requestLocale: async () => "ja",
}));

const cluster = {
  id: "c-1",
  orgId: "o-1",
  name: "prod-weu",
  region: "westeurope",
  status: "INITIALIZING",
  kubernetesVersion: "1.31",
  managedResourceGroup: "mc-prod",
  updatedAt: new Date("2026-01-01T10:00:00Z"),
  createdAt: new Date("2026-01-01T09:00:00Z"),
  initializedAt: null,
  org: { name: "Contoso" },
  connection: { subscriptionId: "00000000-0000-0000-0000-000000000001" },
  _count: { environments: 3 },
} satisfies ClusterListItem;

function findTBody(node: ReactNode): ReactElement<{ children: ReactNode }> | null {
  if (Array.isArray(node)) return node.map(findTBody).find((found) => found !== null) ?? null;
  if (!isValidElement<{ children?: ReactNode }>(node)) return null;
  if (node.type === TBody) return node as ReactElement<{ children: ReactNode }>;
  if (typeof node.type === "function" && node.type.name === "Table") return findTBody((node.type as (props: unknown) => ReactNode)(node.props));
  return findTBody(node.props.children);
}

describe("ClusterTable", () => {
  it("renders its rows, status badges included, as one static string, with the request's language's status words", async () => {
    const table = await ClusterTable({ clusters: [cluster], actions: () => ({ initialize: false, rerun: false, edit: true }), timeZone: "UTC" });
    const body = findTBody(table);
    expect(body).not.toBeNull();
    const markup = staticMarkup(body!.props.children);
    expect(markup).not.toBeNull();
    expect(markup).toContain('data-status="INITIALIZING"');
    expect(markup).toContain(">初期化中</span>");
    expect(markup).toContain('href="/clusters/c-1/settings"');
  });
});
