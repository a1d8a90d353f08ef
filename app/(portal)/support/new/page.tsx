import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { currentOrg } from "@/features/shell/current-org";
import { clusterChoices, requirePageActor } from "@/features/support/load";
import { OpenTicketForm } from "@/features/support/open-ticket-form";
import { supportMessages as t } from "@/lib/messages-support";
import { can } from "@/server/auth/permissions";

export const metadata: Metadata = { title: t.openTicket };

export default async function NewTicketPage() {
  const actor = await requirePageActor();
  if (actor.staffRole) redirect("/staff/support");
  const org = await currentOrg(actor);
  if (!org || !can(actor, "create:ticket", org.orgId)) notFound();
  const clusters = await clusterChoices(actor, org.orgId);
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
