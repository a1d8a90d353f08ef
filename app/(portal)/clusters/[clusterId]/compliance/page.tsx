import type { Metadata } from "next";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { loadCluster } from "@/features/clusters/load-cluster";
import { RecheckButton } from "@/features/compliance/recheck-button";
import { COMPLIANCE_CONTROLS, COMPLIANCE_EXCEPTIONS, type ControlState } from "@/lib/compliance";
import { formatDateTime, safeTimeZone } from "@/lib/format";
import { can } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { getCompliance } from "@/server/domain/compliance/get-compliance";
import { complianceCatalogue } from "@/lib/i18n/catalogues/messages-compliance";
import { requestLocale, texts } from "@/server/i18n/texts";

type Params = Promise<{ clusterId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [{ cluster }, { complianceMessages: t }] = await Promise.all([loadCluster((await params).clusterId), texts(complianceCatalogue)]);
  return { title: `${t.title} · ${cluster.name}` };
}

const TONE: Record<ControlState | "unchecked", BadgeTone> = { compliant: "green", "non-compliant": "red", unknown: "amber", unchecked: "neutral" };

export default async function CompliancePage({ params }: { params: Params }) {
  const { complianceMessages: t } = await texts(complianceCatalogue);
  const locale = await requestLocale();
  const { actor, cluster } = await loadCluster((await params).clusterId);
  const { report, checkable, runningOperationId } = await getCompliance(db(), actor, cluster.id);
  const timeZone = safeTimeZone(actor.timeZone);
  const results = new Map(report?.controls.map((control) => [control.id, control]) ?? []);
  const compliant = report?.controls.filter((control) => control.state === "compliant").length ?? 0;

  return (
    <div className="space-y-4">
      <PageHeader
        title={t.title}
        description={t.description}
        actions={checkable && can(actor, "check:compliance", cluster.orgId) ? <RecheckButton clusterId={cluster.id} runningOperationId={runningOperationId} /> : null}
      />
      <Card aria-labelledby="controls-heading">
        <CardHeader
          id="controls-heading"
          title={t.controlsHeading}
          description={
            !checkable ? t.notInitialized : report ? `${t.checkedAt(formatDateTime(report.checkedAt, timeZone, "—", locale))} · ${t.summary(compliant, COMPLIANCE_CONTROLS.length)}` : t.neverChecked
          }
        />
        <Table aria-labelledby="controls-heading">
          <THead>
            <TR>
              <TH>{t.columns.service}</TH>
              <TH>{t.columns.policy}</TH>
              <TH>{t.columns.expected}</TH>
              <TH>{t.columns.state}</TH>
              <TH>{t.columns.observed}</TH>
            </TR>
          </THead>
          <TBody>
            {COMPLIANCE_CONTROLS.map((control) => {
              const result = results.get(control.id);
              const state = result?.state ?? "unchecked";
              return (
                <TR key={control.id} data-control={control.id} data-state={state}>
                  <TD className="whitespace-nowrap">{control.service}</TD>
                  <TD>{control.policy}</TD>
                  <TD className="font-mono text-xs">
                    {control.property} = {control.expected}
                  </TD>
                  <TD>
                    <Badge tone={TONE[state]}>{t.states[state]}</Badge>
                  </TD>
                  <TD className="font-mono text-xs">{result?.observed.length ? result.observed.join(", ") : "—"}</TD>
                </TR>
              );
            })}
          </TBody>
        </Table>
      </Card>
      <Card aria-labelledby="exceptions-heading">
        <CardHeader id="exceptions-heading" title={t.exceptionsHeading} description={t.exceptionsHint} />
        <Table aria-labelledby="exceptions-heading">
          <THead>
            <TR>
              <TH>{t.columns.service}</TH>
              <TH>{t.columns.policy}</TH>
              <TH>{t.columns.state}</TH>
              <TH>{t.columns.rationale}</TH>
            </TR>
          </THead>
          <TBody>
            {COMPLIANCE_EXCEPTIONS.map((exception) => (
              <TR key={exception.policy} data-exception>
                <TD className="whitespace-nowrap">{exception.service}</TD>
                <TD>{exception.policy}</TD>
                <TD>
                  <Badge tone="blue">{t.accepted}</Badge>
                </TD>
                <TD>{exception.rationale}</TD>
              </TR>
            ))}
          </TBody>
        </Table>
      </Card>
    </div>
  );
}
