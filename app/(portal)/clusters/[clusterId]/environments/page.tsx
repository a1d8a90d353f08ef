import { Boxes } from "lucide-react";
import type { Metadata } from "next";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/features/lists/pagination";
import { EnvironmentStateBadge } from "@/components/ui/status-badge";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { OperationsPanel } from "@/features/clusters/operations-panel";
import { CreateEnvironmentForm } from "@/features/environments/create-environment-form";
import { loadForPage } from "@/features/environments/load";
import { operationDtos } from "@/features/environments/operations";
import { formatDate, safeTimeZone } from "@/lib/format";
import { can } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { environmentEntitlement } from "@/server/domain/environments/entitlement";
import { listClusterEnvironmentOperations, listEnvironments, orgEntitlementFacts, ZEnvironmentListQuery } from "@/server/store/environments";
import { environmentsCatalogue } from "@/lib/i18n/catalogues/messages-environments";
import { requestLocale, texts } from "@/server/i18n/texts";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";

export async function generateMetadata(): Promise<Metadata> {
  const { environmentMessages } = await texts(environmentsCatalogue);
  return { title: environmentMessages.title };
}

type Props = { params: Promise<{ clusterId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function EnvironmentsPage({ params, searchParams }: Props) {
  const [{ environmentMessages }, { statusMessages }] = await Promise.all([texts(environmentsCatalogue), texts(statusCatalogue)]);
  const locale = await requestLocale();
  const t = environmentMessages;
  const { clusterId } = await params;
  const query = ZEnvironmentListQuery.safeParse(await searchParams);
  const { actor, data: page } = await loadForPage(`/clusters/${clusterId}/environments`, (a) => listEnvironments(db(), a, clusterId, query.success ? query.data : { page: 1, pageSize: 25 }));
  const { cluster } = page;
  const timeZone = safeTimeZone(actor.timeZone);
  const manage = can(actor, "manage:environments", cluster.orgId);
  const initialized = cluster.status === "INITIALIZED";
  const facts = manage && initialized ? await orgEntitlementFacts(db(), cluster.orgId) : null;
  const verdict = facts ? environmentEntitlement(facts, facts.environments, new Date()) : null;
  const entitlement = facts ? (facts.trialEndsAt && facts.trialEndsAt > new Date() ? t.create.trial(formatDate(facts.trialEndsAt, timeZone, "—", locale)) : t.create.tokens(facts.cloudTokens, facts.environments)) : "";
  const operations = operationDtos(await listClusterEnvironmentOperations(db(), cluster));
  const base = `/clusters/${cluster.id}/environments`;

  return (
    <div className="space-y-4">
      <PageHeader title={t.title} description={manage ? t.description : t.readOnly} className="mb-2" />
      {manage && initialized ? (
        <Card aria-labelledby="create-heading">
          <CardHeader id="create-heading" title={t.create.title} />
          <CreateEnvironmentForm clusterId={cluster.id} entitlement={entitlement} refusal={verdict && !verdict.allowed ? verdict.reason : null} />
        </Card>
      ) : manage ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">{t.notInitialized}</p>
      ) : null}

      <Card aria-labelledby="environments-heading">
        <CardHeader id="environments-heading" title={t.title} />
        {page.total === 0 ? (
          <EmptyState icon={Boxes} title={t.emptyTitle} headingLevel={3}>
            {manage ? t.emptyManager : t.emptyMember}
          </EmptyState>
        ) : (
          <>
            <Table aria-label={t.tableLabel}>
              <THead>
                <tr>
                  <TH>{t.columns.name}</TH>
                  <TH>{t.columns.plan}</TH>
                  <TH className="text-right">{t.columns.instances}</TH>
                  <TH>{t.columns.state}</TH>
                  <TH>{t.columns.runtime}</TH>
                  <TH>{t.columns.url}</TH>
                </tr>
              </THead>
              <TBody>
                {page.items.map((environment) => (
                  <TR key={environment.id}>
                    <TD className="font-medium">
                      <a href={`${base}/${environment.id}`} className="text-accent-700 hover:underline dark:text-accent-300">
                        {environment.name}
                      </a>
                    </TD>
                    <TD>{t.plans[environment.plan]}</TD>
                    <TD className="text-right tabular-nums">{environment.instances}</TD>
                    <TD>
                      <EnvironmentStateBadge state={environment.state} label={statusMessages.environmentState[environment.state]} />
                    </TD>
                    <TD>{environment.runtimeVersion ?? t.detail.none}</TD>
                    <TD className="max-w-64 truncate">{environment.url ?? t.detail.none}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
            <Pagination page={page.page} pageSize={page.pageSize} total={page.total} href={(n) => `${base}?page=${n}`} className="px-4 py-2" />
          </>
        )}
      </Card>

      <OperationsPanel clusterId={cluster.id} initial={operations} timeZone={timeZone} />
    </div>
  );
}
