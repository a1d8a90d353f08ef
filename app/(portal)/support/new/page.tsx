import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { currentOrg } from "@/features/shell/current-org";
import { clusterChoices, requirePageActor } from "@/features/support/load";
import { OpenTicketForm } from "@/features/support/open-ticket-form";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
import { texts } from "@/server/i18n/texts";
import { can } from "@/server/auth/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await texts(supportCatalogue)).supportMessages.openTicket };
}

export default async function NewTicketPage() {
  const actor = await requirePageActor();
  if (actor.staffRole) redirect("/staff/support");
  const org = await currentOrg(actor);
  if (!org || !can(actor, "create:ticket", org.orgId)) notFound();
  const clusters = await clusterChoices(actor, org.orgId);
  const t = (await texts(supportCatalogue)).supportMessages;
  return (
    <div className="max-w-3xl">
      <PageHeader title={t.openTicket} description={t.newDescription(org.orgName)} />
      <Card>
        <CardBody>
          <OpenTicketForm clusters={clusters} />
        </CardBody>
      </Card>
    </div>
  );
}
