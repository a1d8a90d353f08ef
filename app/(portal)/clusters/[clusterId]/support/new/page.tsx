import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { loadCluster } from "@/features/clusters/load-cluster";
import { OpenTicketForm } from "@/features/support/open-ticket-form";
import { can } from "@/server/auth/permissions";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
import { texts } from "@/server/i18n/texts";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await texts(supportCatalogue)).supportMessages.openTicket };
}

export default async function NewClusterTicketPage({ params }: { params: Promise<{ clusterId: string }> }) {
  const { actor, cluster } = await loadCluster((await params).clusterId);
  if (!can(actor, "create:ticket", cluster.orgId)) notFound();
  const t = (await texts(supportCatalogue)).supportMessages;
  const choice = { id: cluster.id, name: cluster.name, environments: cluster.environments.map((environment) => ({ id: environment.id, name: environment.name })) };
  return (
    <div className="max-w-3xl">
      <PageHeader title={t.openTicket} description={t.clusterNewDescription(cluster.name)} />
      <Card>
        <CardBody>
          <OpenTicketForm clusters={[choice]} fixedClusterId={cluster.id} />
        </CardBody>
      </Card>
    </div>
  );
}
