import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { loadCluster } from "@/features/clusters/load-cluster";
import { OffboardForm } from "@/features/offboarding/offboard-form";
import { offboardingMessages } from "@/lib/messages-offboarding";
import { offboardingCatalogue } from "@/lib/i18n/catalogues/messages-offboarding";
import { texts } from "@/server/i18n/texts";
import { canOffboardFrom } from "@/lib/offboarding";
import { recordRefusal } from "@/server/audit/refusal";
import { can } from "@/server/auth/permissions";
import { AppError } from "@/server/errors";

type Params = Promise<{ clusterId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { cluster } = await loadCluster((await params).clusterId);
  const { offboardingMessages: t } = await texts(offboardingCatalogue);
  return { title: t.title(cluster.name) };
}

/** Off-boarding of one cluster: owners only (everyone else gets a 404, as for another organisation's cluster). */
export default async function OffboardingPage({ params }: { params: Params }) {
  const { actor, cluster } = await loadCluster((await params).clusterId);
  const { offboardingMessages: t } = await texts(offboardingCatalogue);
  if (!can(actor, "offboard:cluster", cluster.orgId)) {
    // The audit log keeps the refusal in English, as every other audited reason.
    await recordRefusal(actor, `page /clusters/${cluster.id}/offboarding`, new AppError("forbidden", offboardingMessages.ownerOnly));
    notFound();
  }
  return (
    <div className="space-y-4">
      <PageHeader title={t.title(cluster.name)} description={t.intro} />
      <Card aria-labelledby="offboard-removed">
        <CardHeader id="offboard-removed" title={t.removedHeading} description={t.graceNote} />
        <CardBody className="space-y-4">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {t.removed(cluster.managedResourceGroup).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {canOffboardFrom(cluster.status) || cluster.status === "OFFBOARDING" ? null : <Alert tone="warning">{t.notNow}</Alert>}
          {canOffboardFrom(cluster.status) ? <OffboardForm clusterId={cluster.id} clusterName={cluster.name} /> : null}
        </CardBody>
      </Card>
    </div>
  );
}
