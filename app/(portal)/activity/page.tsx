import { History } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ActivityLog } from "@/features/activity/activity-log";
import { parseActivityParams } from "@/features/activity/activity-params";
import { currentOrg } from "@/features/shell/current-org";
import { safeTimeZone } from "@/lib/format";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { texts } from "@/server/i18n/texts";
import { currentActor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { listActivityActors, listOrgActivity } from "@/server/store/ui-activity";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await texts(messagesCatalogue)).messages.activity.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ActivityPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  const t = (await texts(messagesCatalogue)).messages.activity;
  const org = await currentOrg(actor);
  if (!org) {
    return (
      <>
        <PageHeader title={t.title} />
        <Card>
          <EmptyState icon={History} title={t.emptyTitle}>
            {t.noOrgBody}
          </EmptyState>
        </Card>
      </>
    );
  }
  const query = parseActivityParams(await searchParams);
  const [{ items, total, totalCapped }, actors] = await Promise.all([listOrgActivity(db(), actor, org.orgId, query), listActivityActors(db(), actor, org.orgId)]);
  return (
    <>
      <PageHeader title={t.title} description={`${t.description} ${org.orgName}.`} />
      <ActivityLog items={items} total={total} totalCapped={totalCapped} query={query} basePath="/activity" timeZone={safeTimeZone(actor.timeZone)} actors={actors} exportHref="/activity/export" />
    </>
  );
}
