import { ArrowLeft, SlidersHorizontal } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { formatDate, safeTimeZone } from "@/lib/format";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { approvalsCatalogue } from "@/lib/i18n/catalogues/messages-approvals";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { shellPagesCatalogue } from "@/lib/i18n/catalogues/messages-shell-pages";
import type { SettingKey } from "@/lib/settings-api";
import { currentActor } from "@/server/auth/actor";
import { canStaff } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { requestLocale, texts } from "@/server/i18n/texts";
import { getOrganizationForAdmin } from "@/server/store/admin-organization";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";

export async function generateMetadata(): Promise<Metadata> {
  const { adminOrgMessages } = await texts(shellPagesCatalogue);
  return { title: adminOrgMessages.pageTitle };
}

/** One customer organisation as a platform admin sees it: plan, clusters, members, settings policy. */
export default async function AdminOrganizationPage({ params }: { params: Promise<{ orgId: string }> }) {
  const actor = await currentActor();
  if (!actor || !canStaff(actor, "manage:users")) notFound();
  const { orgId } = await params;
  const view = await getOrganizationForAdmin(db(), actor, orgId);
  if (!view) notFound();
  const { org, clusters, clusterTotal, members, memberTotal, rules } = view;
  const [locale, { messages }, { PLAN_LABELS }, { SETTING_LABELS }, { adminOrgMessages: t }, { statusMessages }] = await Promise.all([
    requestLocale(),
    texts(messagesCatalogue),
    texts(approvalsCatalogue),
    texts(settingsCatalogue),
    texts(shellPagesCatalogue),
    texts(statusCatalogue),
  ]);
  const timeZone = safeTimeZone(actor.timeZone);
  const date = (value: Date) => formatDate(value, timeZone, "—", locale);
  const entitlement = org.trialEndsAt && org.trialEndsAt > new Date() ? messages.admin.trialUntil(date(org.trialEndsAt)) : messages.admin.tokens(org.cloudTokens);

  return (
    <>
      <a href="/admin" className="mb-3 inline-flex items-center gap-1 rounded text-sm text-accent-700 hover:underline focus-visible:outline-2 focus-visible:outline-accent-600 dark:text-accent-300">
        <ArrowLeft aria-hidden className="size-4" />
        {t.back}
      </a>
      <PageHeader title={org.name} description={messages.admin.organizationsHint} />
      <dl className="mb-6 grid gap-4 rounded-lg border border-neutral-200 bg-white p-4 text-sm sm:grid-cols-3 dark:border-neutral-800 dark:bg-neutral-900">
        <div>
          <dt className="text-xs text-neutral-600 dark:text-neutral-400">{t.plan}</dt>
          <dd className="font-medium" data-testid="org-plan">
            {PLAN_LABELS[org.plan]}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-neutral-600 dark:text-neutral-400">{t.entitlement}</dt>
          <dd className="font-medium">{entitlement}</dd>
        </div>
        <div>
          <dt className="text-xs text-neutral-600 dark:text-neutral-400">{t.since}</dt>
          <dd className="font-medium">{date(org.createdAt)}</dd>
        </div>
      </dl>
      <div className="flex flex-col gap-6">
        <Card aria-labelledby="org-clusters-heading">
          <CardHeader id="org-clusters-heading" title={t.clusters} description={clusterTotal > clusters.length ? t.shownFirst(clusters.length, clusterTotal) : undefined} />
          {clusters.length === 0 ? (
            <EmptyState title={t.clustersEmpty} headingLevel={3} />
          ) : (
            <Table aria-labelledby="org-clusters-heading">
              <THead>
                <TR>
                  <TH>{t.columns.name}</TH>
                  <TH>{t.columns.status}</TH>
                  <TH>{t.columns.region}</TH>
                  <TH className="text-right">{t.columns.environments}</TH>
                </TR>
              </THead>
              <TBody>
                {clusters.map((cluster) => (
                  <TR key={cluster.id}>
                    <TD className="font-medium">{cluster.name}</TD>
                    <TD>
                      <StatusBadge status={cluster.status} label={statusMessages.clusterStatus[cluster.status]} />
                    </TD>
                    <TD>{cluster.region}</TD>
                    <TD className="text-right tabular-nums">{cluster._count.environments}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Card>

        <Card aria-labelledby="org-members-heading">
          <CardHeader id="org-members-heading" title={t.members} description={memberTotal > members.length ? t.shownFirst(members.length, memberTotal) : undefined} />
          {members.length === 0 ? (
            <EmptyState title={t.membersEmpty} headingLevel={3} />
          ) : (
            <Table aria-labelledby="org-members-heading">
              <THead>
                <TR>
                  <TH>{t.columns.name}</TH>
                  <TH>{t.columns.email}</TH>
                  <TH>{t.columns.role}</TH>
                  <TH>{t.columns.joined}</TH>
                </TR>
              </THead>
              <TBody>
                {members.map((member) => (
                  <TR key={member.id}>
                    <TD className="font-medium">{member.user.name}</TD>
                    <TD>{member.user.email}</TD>
                    <TD>{messages.roles[member.role]}</TD>
                    <TD className="whitespace-nowrap">{date(member.createdAt)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Card>

        <Card aria-labelledby="org-policy-heading">
          <CardHeader
            id="org-policy-heading"
            title={t.policy}
            description={t.policyHint}
            actions={
              <ButtonLink href="/admin/settings-policy" size="sm">
                <SlidersHorizontal aria-hidden />
                {t.policyEdit}
              </ButtonLink>
            }
          />
          {rules.length === 0 ? (
            <p className="px-4 py-3 text-sm text-neutral-600 dark:text-neutral-400">{t.policyNone}</p>
          ) : (
            <Table aria-labelledby="org-policy-heading">
              <THead>
                <TR>
                  <TH>{t.columns.setting}</TH>
                  <TH>{t.columns.rule}</TH>
                </TR>
              </THead>
              <TBody>
                {rules.map(([key, rule]) => (
                  <TR key={key}>
                    <TD>{SETTING_LABELS[key as SettingKey] ?? key}</TD>
                    <TD>
                      <Badge tone={rule.mode === "hidden" ? "neutral" : "amber"}>{t.ruleMode[rule.mode]}</Badge>
                      {rule.reason ? <span className="ml-2 text-neutral-600 dark:text-neutral-400">{rule.reason}</span> : null}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
