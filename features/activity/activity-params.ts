import "server-only";
import { ZActivityQuery, type ActivityQuery } from "@/server/store/ui-activity";

type RawParams = Record<string, string | string[] | undefined>;

/** Each parameter on its own: a bad one falls back to its default instead of failing the page. */
export function parseActivityParams(raw: RawParams, targetId?: string): ActivityQuery {
  const shape = ZActivityQuery.shape;
  const value = (key: string) => {
    const item = raw[key];
    return (Array.isArray(item) ? item[0] : item) || undefined;
  };
  const pick = <K extends keyof typeof shape>(key: K) => {
    const parsed = shape[key].safeParse(value(key));
    return parsed.success ? parsed.data : undefined;
  };
  return ZActivityQuery.parse({
    q: pick("q") || undefined,
    from: pick("from"),
    to: pick("to"),
    sort: pick("sort"),
    page: pick("page"),
    action: pick("action"),
    actor: pick("actor"),
    // A checkbox: present ("1") or absent.
    signIns: value("signIns") === "1",
    targetId,
  });
}
