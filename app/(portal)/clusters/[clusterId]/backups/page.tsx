import { Archive } from "lucide-react";
import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Label, Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/features/lists/pagination";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { BackupActions } from "@/features/backups/backup-actions";
import { SnapshotSizeChart } from "@/features/backups/size-chart";
import { SnapshotRowActions } from "@/features/backups/snapshot-row-actions";
import { OperationsPanel } from "@/features/clusters/operations-panel";
import { loadCluster } from "@/features/clusters/load-cluster";
import { operationDtos } from "@/features/environments/operations";
import { formatBytes, safeTimeZone } from "@/lib/format";
import { can } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { snapshotRefusal } from "@/server/domain/backups/backup-rules";
import { backupEnvironmentsOf, listBackupOperations, listSnapshots, snapshotSizes, snapshotView, ZSnapshotListQuery } from "@/server/store/snapshots";
import { backupsCatalogue } from "@/lib/i18n/catalogues/messages-backups";
import { texts } from "@/server/i18n/texts";
import { Time } from "@/components/ui/time";

export async function generateMetadata(): Promise<Metadata> {
  const { backupMessages: t } = await texts(backupsCatalogue);
  return { title: t.title };
}

type Props = { params: Promise<{ clusterId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_TONE = { PROCESSING: "amber", FINISHED: "green", FAILED: "red" } as const;

export default async function BackupsPage({ params, searchParams }: Props) {
  const { backupMessages: t } = await texts(backupsCatalogue);
  const { clusterId } = await params;
  const search = await searchParams;
  // loadCluster scopes by organisation (another organisation's cluster is a 404) and checks the sign-in.
  const { actor, cluster } = await loadCluster(clusterId);
  const timeZone = safeTimeZone(actor.timeZone);
  const environments = await backupEnvironmentsOf(db(), cluster.id);
  const wanted = typeof search.env === "string" ? search.env : undefined;
  const selected = environments.find((e) => e.id === wanted) ?? environments[0];
  const query = ZSnapshotListQuery.safeParse(search);
  const manage = can(actor, "manage:backups", cluster.orgId);
  const canRestore = manage && can(actor, "manage:environments", cluster.orgId);
  const base = `/clusters/${cluster.id}/backups`;

  if (!selected)
    return (
      <div className="space-y-4">
        <PageHeader title={t.title} description={t.intro} />
        <EmptyState icon={Archive} title={t.noEnvironments} headingLevel={2} />
      </div>
    );

  const page = await listSnapshots(db(), actor, selected.id, query.success ? query.data : { page: 1, pageSize: 25 });
  const items = page.items.map(snapshotView);
  const sizes = await snapshotSizes(db(), selected.id);
  const operations = operationDtos(await listBackupOperations(db(), page.environment));

  return (
    <div className="space-y-4">
      <PageHeader title={t.title} description={manage ? t.intro : t.readOnly} className="mb-2" />
      <form method="get" action={base} className="flex items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="env-picker">{t.environment}</Label>
          <Select id="env-picker" name="env" defaultValue={selected.id}>
            {environments.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </Select>
        </div>
        <Button type="submit">{t.show}</Button>
      </form>

      {manage ? (
        <Card aria-labelledby="backup-actions-heading">
          <CardHeader id="backup-actions-heading" title={`${t.actions.create} · ${selected.name}`} />
          <BackupActions environmentId={selected.id} disabledReason={snapshotRefusal(selected.state)} />
        </Card>
      ) : null}

      <Card aria-labelledby="snapshots-heading">
        <CardHeader id="snapshots-heading" title={t.snapshotsTitle(selected.name)} />
        {page.total === 0 ? (
          <EmptyState icon={Archive} title={t.noSnapshots} headingLevel={3} />
        ) : (
          <>
            <Table aria-label={t.snapshotsLabel(selected.name)}>
              <THead>
                <tr>
                  <TH>{t.columns.status}</TH>
                  <TH>{t.columns.id}</TH>
                  <TH>{t.columns.createdAt}</TH>
                  <TH>{t.columns.kind}</TH>
                  <TH>{t.columns.version}</TH>
                  <TH>{t.columns.comment}</TH>
                  <TH className="text-right">{t.columns.size}</TH>
                  <TH>{t.columns.expires}</TH>
                  <TH>{t.columns.verified}</TH>
                  <TH>
                    <span className="sr-only">{t.columns.actions}</span>
                  </TH>
                </tr>
              </THead>
              <TBody>
                {items.map((s) => (
                  <TR key={s.id} data-snapshot={s.id}>
                    <TD>
                      <Badge tone={STATUS_TONE[s.status]} data-status={s.status}>
                        {t.status[s.status]}
                      </Badge>
                      {s.error ? <p className="mt-1 max-w-64 text-xs text-red-700 dark:text-red-300">{s.error}</p> : null}
                    </TD>
                    <TD className="font-mono text-xs">{s.id.slice(0, 8)}</TD>
                    <TD><Time value={s.createdAt} relative /></TD>
                    <TD>{t.kind[s.kind]}</TD>
                    <TD className="text-xs">
                      {s.packageName ?? "—"}
                      <br />
                      {s.modelVersion ?? "—"}
                    </TD>
                    <TD className="max-w-48 truncate">{s.comment ?? ""}</TD>
                    <TD className="text-right tabular-nums">{s.size === null ? "—" : formatBytes(s.size)}</TD>
                    <TD><Time value={s.expiresAt} format="date" /></TD>
                    <TD>{s.verifiedAt ? <Time value={s.verifiedAt} format="date" /> : s.drill && !s.drill.ok ? <span className="text-red-700 dark:text-red-300">{t.drillFailed}</span> : t.notVerified}</TD>
                    <TD>
                      <SnapshotRowActions environmentId={selected.id} environmentModelVersion={selected.modelVersion} snapshot={s} manage={manage} canRestore={canRestore} />
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
            <Pagination page={page.page} pageSize={page.pageSize} total={page.total} href={(n) => `${base}?env=${selected.id}&page=${n}`} className="px-4 py-2" />
          </>
        )}
      </Card>

      <Card aria-labelledby="sizes-heading">
        <CardHeader id="sizes-heading" title={t.chartTitle} />
        <SnapshotSizeChart points={sizes} timeZone={timeZone} />
      </Card>

      <OperationsPanel clusterId={cluster.id} initial={operations} timeZone={timeZone} />
    </div>
  );
}
