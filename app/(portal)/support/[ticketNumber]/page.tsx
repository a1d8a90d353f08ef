import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { loadTicketView, requirePageActor } from "@/features/support/load";
import { TicketDetail } from "@/features/support/ticket-detail";
import { safeTimeZone } from "@/lib/format";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
import { texts } from "@/server/i18n/texts";

type Params = Promise<{ ticketNumber: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await texts(supportCatalogue)).supportMessages.ticketTitle((await params).ticketNumber) };
}

export default async function TicketPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor();
  const { ticketNumber } = await params;
  if (actor.staffRole) redirect(`/staff/support/${encodeURIComponent(ticketNumber)}`);
  const ticket = await loadTicketView(actor, ticketNumber);
  // Only a flag travels in the URL; the text is ours, so a crafted link cannot put words in the page.
  const attachmentsRejected = (await searchParams).attachments === "rejected";
  return <TicketDetail initial={ticket} timeZone={safeTimeZone(actor.timeZone)} now={new Date().toISOString()} attachmentsRejected={attachmentsRejected} />;
}
