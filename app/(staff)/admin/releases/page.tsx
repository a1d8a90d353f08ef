import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/features/lists/pagination";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ClusterUpdateStatus } from "@/generated/prisma/enums";
import { ReleaseForm } from "@/features/updates/release-form";
import { RolloutActions } from "@/features/updates/rollout-actions";
import { UpdateStatusBadge } from "@/features/updates/update-parts";
import { formatDateTime, safeTimeZone } from "@/lib/format";
import { RELEASE_COMPONENTS, updateOutcomeText } from "@/lib/releases";
import { currentActor } from "@/server/auth/actor";
import { canStaff } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { listClustersForRollout, listReleasesForAdmin, ZReleaseListQuery } from "@/server/store/updates";
import { updatesCatalogue } from "@/lib/i18n/catalogues/messages-updates";
import { requestLocale, texts } from "@/server/i18n/texts";
import { Time } from "@/components/ui/time";

export async function generateMetadata(): Promise<Metadata> {
  const { updatesMessages } = await texts(updatesCatalogue);
  return { title: updatesMessages.admin.title };
}

const PAGE_SIZE = 10;

export default async function ReleasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { updatesMessages } = await texts(updatesCatalogue);
  const c = updatesMessages.columns;
  const t = updatesMessages.admin;
  const { COMPONENT_LABELS, RELEASE_KIND_LABELS, UPDATE_STATUS_LABELS } = await texts(updatesCatalogue);
  const locale = await requestLocale();
  const actor = await currentActor();
  if (!actor || !canStaff(actor, "manage:releases")) notFound();
  const parsed = ZReleaseListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { page: 1 };
  const [releases, clusters] = await Promise.all([listReleasesForAdmin(db(), actor, query, PAGE_SIZE), listClustersForRollout(db(), actor)]);
  const timeZone = safeTimeZone(actor.timeZone);

  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <div className="flex flex-col gap-6">
        <Card aria-labelledby="publish-heading">
          <CardHeader id="publish-heading" title={t.publishTitle} />
          <ReleaseForm clusters={clusters.map((cluster) => ({ id: cluster.id, name: cluster.name, org: cluster.org.name, window: cluster.maintenanceWindow }))} />
        </Card>

        <section aria-labelledby="rollouts-heading" className="flex flex-col gap-4">
          <h2 id="rollouts-heading" className="text-base font-semibold">
            {t.rolloutsTitle}
          </h2>
          {releases.items.length === 0 ? <EmptyState title={t.rolloutsEmpty} headingLevel={3} /> : null}
          {releases.items.map((release) => (
            <Card key={release.id} aria-labelledby={`release-${release.id}`} data-release={release.version}>
              <CardHeader
                id={`release-${release.id}`}
                level={3}
                title={
                  <span className="inline-flex flex-wrap items-center gap-2">
                    {release.version}
                    <Badge>{RELEASE_KIND_LABELS[release.kind]}</Badge>
                    <Badge tone={release.status === "COMPLETED" ? "green" : "blue"}>{release.status === "COMPLETED" ? t.completed : release.pausedAt ? t.paused : t.rollingOut}</Badge>
                  </span>
                }
                description={[
                  release.publishedAt ? t.publishedAt(formatDateTime(release.publishedAt, timeZone, "—", locale)) : null,
                  RELEASE_COMPONENTS.filter((key) => release.components[key]).map((key) => `${COMPONENT_LABELS[key]} ${release.components[key]}`).join(", "),
                  release.purpose,
                  (Object.keys(UPDATE_STATUS_LABELS) as ClusterUpdateStatus[]).filter((status) => release.counts[status]).map((status) => `${UPDATE_STATUS_LABELS[status]} ${release.counts[status]}`).join(" · "),
                ]
                  .filter(Boolean)
                  .join(" — ")}
                actions={release.status === "ROLLING_OUT" ? <RolloutActions releaseId={release.id} version={release.version} paused={release.pausedAt !== null} /> : null}
              />
              {release.updates.length ? (
                <Table aria-label={`${t.counts}: ${release.version}`}>
                  <THead>
                    <TR>
                      <TH>{c.cluster}</TH>
                      <TH>{c.wave}</TH>
                      <TH>{c.when}</TH>
                      <TH>{c.status}</TH>
                      <TH>{c.error}</TH>
                    </TR>
                  </THead>
                  <TBody>
                    {release.updates.map((update) => (
                      <TR key={update.id} data-cluster={update.cluster.name}>
                        <TD className="font-medium">
                          {update.cluster.name} <span className="text-xs font-normal text-neutral-600 dark:text-neutral-400">{update.cluster.org.name}</span>
                        </TD>
                        <TD className="tabular-nums">{update.wave}</TD>
                        <TD className="whitespace-nowrap"><Time value={update.finishedAt ?? update.startedAt ?? update.scheduledFor} /></TD>
                        <TD>
                          <UpdateStatusBadge status={update.status} />
                        </TD>
                        <TD>{updateOutcomeText(update)}</TD>
                      </TR>
                    ))}
                  </TBody>
                </Table>
              ) : null}
              {release.totalUpdates > release.updates.length ? <p className="px-4 py-2 text-xs text-neutral-600 dark:text-neutral-400">{t.moreClusters(release.totalUpdates - release.updates.length)}</p> : null}
            </Card>
          ))}
          <Pagination page={query.page} pageSize={PAGE_SIZE} total={releases.total} href={(page) => `/admin/releases${page > 1 ? `?page=${page}` : ""}`} />
        </section>
      </div>
    </>
  );
}
