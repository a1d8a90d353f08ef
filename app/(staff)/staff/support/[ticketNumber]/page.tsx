import type { Metadata } from "next";
import { loadTicketView, requireStaffPageActor } from "@/features/support/load";
import { TicketDetail } from "@/features/support/ticket-detail";
import { safeTimeZone } from "@/lib/format";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
import { texts } from "@/server/i18n/texts";
import { isActive } from "@/lib/ticket-status";

type Params = Promise<{ ticketNumber: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await texts(supportCatalogue)).supportMessages.ticketTitle((await params).ticketNumber) };
}

export default async function StaffTicketPage({ params }: { params: Params }) {
  const actor = await requireStaffPageActor("work:ticket-queue");
  const ticket = await loadTicketView(actor, (await params).ticketNumber);
  // Diagnostics only while the ticket is open and its opener allowed environment access.
  const diagnosticsHref = isActive(ticket.status) && ticket.environmentAccess && ticket.cluster ? `/staff/clusters/${ticket.cluster.id}?ticket=${ticket.number}` : undefined;
  return <TicketDetail initial={ticket} timeZone={safeTimeZone(actor.timeZone)} now={new Date().toISOString()} diagnosticsHref={diagnosticsHref} />;
}
