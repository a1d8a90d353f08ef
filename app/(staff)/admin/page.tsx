import { ArchiveRestore, RefreshCw, SlidersHorizontal } from "lucide-react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/features/lists/pagination";
import { queryString } from "@/lib/query-string";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ClusterStatus } from "@/generated/prisma/enums";
import { formatDate, formatDateTime, safeTimeZone } from "@/lib/format";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { approvalsCatalogue } from "@/lib/i18n/catalogues/messages-approvals";
import { offboardingCatalogue } from "@/lib/i18n/catalogues/messages-offboarding";
import { settingsPageCatalogue } from "@/lib/i18n/catalogues/messages-settings-page";
import { updatesCatalogue } from "@/lib/i18n/catalogues/messages-updates";
import { currentActor } from "@/server/auth/actor";
import { canStaff } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { requestLocale, texts } from "@/server/i18n/texts";
import { listOrganizationsForAdmin, listSecurityEvents, listStaff, ZSecurityLogQuery } from "@/server/store/admin";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";

export async function generateMetadata(): Promise<Metadata> {
  const { messages } = await texts(messagesCatalogue);
  return { title: messages.admin.title };
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await currentActor();
  if (!actor || !canStaff(actor, "manage:users")) notFound();
  const query = ZSecurityLogQuery.parse(await searchParams);
  const [orgs, staff, security] = await Promise.all([
    listOrganizationsForAdmin(db(), actor),
    listStaff(db(), actor),
    listSecurityEvents(db(), actor, query),
  ]);
  const [locale, { messages }, { approvalMessages, PLAN_LABELS }, { settingsPolicyMessages }, { updatesMessages }, { reviveMessages }, { statusMessages }] = await Promise.all([
    requestLocale(),
    texts(messagesCatalogue),
    texts(approvalsCatalogue),
    texts(settingsPageCatalogue),
    texts(updatesCatalogue),
    texts(offboardingCatalogue),
    texts(statusCatalogue),
  ]);
  const t = messages.admin;
  const timeZone = safeTimeZone(actor.timeZone);
  const href = (page: number) => `/admin${queryString({ outcome: query.outcome, page: page > 1 ? page : undefined })}`;

  return (
    <>
      <PageHeader
        title={t.title}
        description={t.description}
        actions={
          <>
            <ButtonLink href="/admin/releases">
              <RefreshCw aria-hidden />
              {updatesMessages.admin.link}
            </ButtonLink>
            <ButtonLink href="/admin/settings-policy" title={settingsPolicyMessages.linkHint}>
              <SlidersHorizontal aria-hidden />
              {settingsPolicyMessages.link}
            </ButtonLink>
            <ButtonLink href="/admin/offboarded">
              <ArchiveRestore aria-hidden />
              {reviveMessages.title}
            </ButtonLink>
          </>
        }
      />
      <div className="flex flex-col gap-6">
        <Card aria-labelledby="orgs-heading">
          <CardHeader id="orgs-heading" title={t.organizations} description={t.organizationsHint} />
          <Table aria-labelledby="orgs-heading">
            <THead>
              <TR>
                <TH>{t.columns.name}</TH>
                <TH className="text-right">{t.columns.members}</TH>
                <TH>{t.columns.clusters}</TH>
                <TH className="text-right">{t.columns.environments}</TH>
                <TH>{approvalMessages.admin.plan}</TH>
                <TH>{t.columns.entitlement}</TH>
                <TH>{t.columns.since}</TH>
              </TR>
            </THead>
            <TBody>
              {orgs.map((org) => (
                <TR key={org.id}>
                  <TD className="font-medium">
                    <a href={`/admin/organizations/${org.id}`} className="rounded text-accent-700 hover:underline focus-visible:outline-2 focus-visible:outline-accent-600 dark:text-accent-300">
                      {org.name}
                    </a>
                  </TD>
                  <TD className="text-right tabular-nums">{org._count.memberships}</TD>
                  <TD>
                    <div className="flex flex-wrap gap-1">
                      {Object.entries(org.clustersByStatus).map(([status, count]) => (
                        <span key={status} className="inline-flex items-center gap-1">
                          <StatusBadge status={status as ClusterStatus} label={statusMessages.clusterStatus[status as ClusterStatus]} />
                          <span className="text-xs tabular-nums">×{count}</span>
                        </span>
                      ))}
                    </div>
                  </TD>
                  <TD className="text-right tabular-nums">{org._count.environments}</TD>
                  <TD>{PLAN_LABELS[org.plan]}</TD>
                  <TD>{org.trialEndsAt && org.trialEndsAt > new Date() ? t.trialUntil(formatDate(org.trialEndsAt, timeZone, "—", locale)) : t.tokens(org.cloudTokens)}</TD>
                  <TD className="whitespace-nowrap">{formatDate(org.createdAt, timeZone, "—", locale)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </Card>

        <Card aria-labelledby="staff-heading">
          <CardHeader id="staff-heading" title={t.staff} />
          <Table aria-labelledby="staff-heading">
            <THead>
              <TR>
                <TH>{t.columns.name}</TH>
                <TH>{t.columns.email}</TH>
                <TH>{t.columns.role}</TH>
                <TH>{t.columns.lastSignIn}</TH>
              </TR>
            </THead>
            <TBody>
              {staff.map((user) => (
                <TR key={user.id}>
                  <TD className="font-medium">{user.name}</TD>
                  <TD>{user.email}</TD>
                  <TD>{user.staffRole ? messages.roles[user.staffRole] : "—"}</TD>
                  <TD className="whitespace-nowrap">{formatDateTime(user.lastSignInAt, timeZone, t.never, locale)}</TD>
                </TR>
              ))}
            </TBody>
          </Table>
        </Card>

        <Card aria-labelledby="security-heading">
          <CardHeader id="security-heading" title={t.security} description={t.securityHint} />
          {security.items.length === 0 ? (
            <EmptyState title={t.securityEmpty} headingLevel={3}>
              {t.securityEmptyHint}
            </EmptyState>
          ) : (
            <>
              <Table aria-labelledby="security-heading">
                <THead>
                  <TR>
                    <TH>{t.columns.when}</TH>
                    <TH>{t.columns.who}</TH>
                    <TH>{t.columns.what}</TH>
                    <TH>{t.columns.outcome}</TH>
                    <TH>{t.columns.reason}</TH>
                    <TH>{t.columns.ip}</TH>
                  </TR>
                </THead>
                <TBody>
                  {security.items.map((event) => (
                    <TR key={event.id.toString()}>
                      <TD className="whitespace-nowrap">{formatDateTime(event.at, timeZone, "—", locale)}</TD>
                      <TD>{event.actorEmail ?? "—"}</TD>
                      <TD className="font-mono text-xs">{event.action}</TD>
                      <TD>
                        <Badge tone={event.outcome === "DENIED" ? "amber" : "red"}>{t.outcome[event.outcome as "DENIED" | "FAILURE"]}</Badge>
                      </TD>
                      <TD>{event.purpose ?? "—"}</TD>
                      <TD className="font-mono text-xs">{event.ip ?? "—"}</TD>
                    </TR>
                  ))}
                </TBody>
              </Table>
              <div className="border-t border-neutral-200 dark:border-neutral-800">
                <Pagination page={query.page} pageSize={security.pageSize} total={security.total} totalCapped={security.totalCapped} href={href} />
              </div>
            </>
          )}
        </Card>
      </div>
    </>
  );
}
