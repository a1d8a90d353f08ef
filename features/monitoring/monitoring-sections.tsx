import { ExternalLink } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { ALERT_GROUPS, type AlertRuleView } from "@/lib/alert-rules";
import { monitoringCatalogue } from "@/lib/i18n/catalogues/messages-monitoring";
import { texts } from "@/server/i18n/texts";
import { RuleToggle } from "./rule-toggle";

export async function GrafanaCard({ url }: { url: string | null }) {
  const { monitoringMessages: t } = await texts(monitoringCatalogue);
  const href = url && (/^https?:\/\//.test(url) ? url : `https://${url}`);
  return (
    <Card aria-labelledby="grafana-heading">
      <CardHeader id="grafana-heading" title={t.grafanaHeading} />
      <div className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
        <p className="text-neutral-700 dark:text-neutral-300">{href ? t.grafanaBody : t.noGrafana}</p>
        {href ? (
          <a href={href} target="_blank" rel="noreferrer noopener" className="btn btn-secondary btn-md inline-flex items-center gap-1.5">
            {t.openGrafana}
            <ExternalLink aria-hidden className="size-4" />
          </a>
        ) : null}
      </div>
    </Card>
  );
}

export async function AlertRulesCard({ clusterId, rules, error, canToggle }: { clusterId: string; rules: AlertRuleView[]; error: { message: string } | null; canToggle: boolean }) {
  const { monitoringMessages: t } = await texts(monitoringCatalogue);
  const label = (rule: AlertRuleView) => t.rules[rule.alert] ?? rule.alert;
  return (
    <Card aria-labelledby="rules-heading">
      <CardHeader id="rules-heading" title={t.rulesHeading} description={canToggle ? t.rulesHint : `${t.rulesHint} ${t.readOnly}`} />
      {error ? (
        <p role="alert" className="px-4 py-4 text-sm text-red-700 dark:text-red-300">
          {t.rulesUnreadable(error.message)}
        </p>
      ) : rules.length === 0 ? (
        <p className="px-4 py-4 text-sm text-neutral-600 dark:text-neutral-400">{t.rulesEmpty}</p>
      ) : (
        ALERT_GROUPS.filter((group) => rules.some((rule) => rule.group === group)).map((group) => (
          <section key={group} aria-labelledby={`rules-${group}`} className="border-t border-neutral-200 first:border-t-0 dark:border-neutral-800">
            <h3 id={`rules-${group}`} className="px-4 pt-3 text-sm font-semibold">
              {t.groups[group]}
            </h3>
            <Table aria-labelledby={`rules-${group}`}>
              <THead>
                <TR>
                  <TH>{t.columns.rule}</TH>
                  <TH>{t.columns.threshold}</TH>
                  <TH>{t.columns.for}</TH>
                  <TH>{t.columns.severity}</TH>
                  <TH>{t.columns.state}</TH>
                  {canToggle ? (
                    <TH className="text-right">
                      <span className="sr-only">{t.columns.action}</span>
                    </TH>
                  ) : null}
                </TR>
              </THead>
              <TBody>
                {rules
                  .filter((rule) => rule.group === group)
                  .map((rule) => (
                    <TR key={rule.alert} data-testid={`rule-${rule.alert}`}>
                      <TD className="font-medium">{label(rule)}</TD>
                      <TD className="whitespace-nowrap">{rule.threshold === null ? t.unknown : t.threshold(rule.comparator, rule.threshold, rule.alert)}</TD>
                      <TD className="whitespace-nowrap">{rule.forMinutes === null ? t.unknown : t.minutes(rule.forMinutes)}</TD>
                      <TD>{rule.severity === null ? t.unknown : (t.severity[rule.severity] ?? String(rule.severity))}</TD>
                      <TD>
                        <Badge tone={rule.enabled ? "green" : "neutral"}>{rule.enabled ? t.enabled : t.disabled}</Badge>
                      </TD>
                      {canToggle ? (
                        <TD className="text-right">
                          <RuleToggle clusterId={clusterId} group={rule.group} alert={rule.alert} label={label(rule)} enabled={rule.enabled} />
                        </TD>
                      ) : null}
                    </TR>
                  ))}
              </TBody>
            </Table>
          </section>
        ))
      )}
    </Card>
  );
}
