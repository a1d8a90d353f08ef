import "server-only";
import { ZClusterListQuery, type ClusterListQuery } from "@/server/store/clusters";

type RawParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Parses each search parameter on its own: a bad one falls back to its default, the rest still apply. */
export function parseClusterListParams(raw: RawParams, orgId: string): ClusterListQuery {
  const shape = ZClusterListQuery.shape;
  const pick = <K extends keyof typeof shape>(key: K) => {
    const parsed = shape[key].safeParse(first(raw[key]) || undefined);
    return parsed.success ? parsed.data : undefined;
  };
  return ZClusterListQuery.parse({
    orgId,
    status: pick("status"),
    q: pick("q") || undefined,
    page: pick("page"),
    pageSize: pick("pageSize"),
  });
}
