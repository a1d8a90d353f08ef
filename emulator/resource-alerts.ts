// Azure Monitor Prometheus rule groups (Microsoft.AlertsManagement/prometheusRuleGroups): synchronous
// PUT/GET/PATCH/DELETE as in Azure, with the checks Azure makes on a group's body.
import { ArmHttpError } from "./errors";
import type { Json } from "./state";
import type { TypeSpec } from "./resource-spec";

const ISO_DURATION = /^PT(?:\d+H)?(?:\d+M)?$/;

function invalid(message: string): ArmHttpError {
  return new ArmHttpError(400, "InvalidProperty", message);
}

export const prometheusRuleGroups: TypeSpec = {
  type: "Microsoft.AlertsManagement/prometheusRuleGroups",
  lro: false,
  patch: "sync",
  needsLocation: true,
  prepare(_ctx, body) {
    const p: Json = body.properties;
    if (!Array.isArray(p.scopes) || p.scopes.length === 0 || !p.scopes.every((scope: unknown) => typeof scope === "string"))
      throw invalid("The rule group needs 'properties.scopes' with the Azure Monitor workspace id.");
    if (!Array.isArray(p.rules) || p.rules.length === 0) throw invalid("The rule group needs at least one rule in 'properties.rules'.");
    for (const rule of p.rules as Json[]) {
      if (!rule || typeof rule !== "object") throw invalid("Each rule must be an object.");
      if (!rule.alert && !rule.record) throw invalid("Each rule needs 'alert' or 'record'.");
      if (typeof rule.expression !== "string" || !rule.expression.trim()) throw invalid(`The rule '${rule.alert ?? rule.record}' needs an 'expression'.`);
      if (rule.for !== undefined && (typeof rule.for !== "string" || !ISO_DURATION.test(rule.for))) throw invalid(`The 'for' of rule '${rule.alert}' must be an ISO 8601 duration such as PT5M.`);
      if (rule.severity !== undefined && (!Number.isInteger(rule.severity) || rule.severity < 0 || rule.severity > 4)) throw invalid(`The severity of rule '${rule.alert}' must be 0 to 4.`);
      rule.enabled ??= true;
    }
    if (p.interval !== undefined && (typeof p.interval !== "string" || !ISO_DURATION.test(p.interval))) throw invalid("'properties.interval' must be an ISO 8601 duration such as PT1M.");
    p.enabled ??= true;
  },
};
