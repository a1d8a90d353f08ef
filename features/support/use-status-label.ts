"use client";

import { useTexts } from "@/components/i18n/locale-provider";
import type { TicketStatus } from "@/generated/prisma/enums";
import { staffCatalogue } from "@/lib/i18n/catalogues/messages-staff";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";
import type { Audience } from "./ticket-badges";

/** One label map per audience: customers read the support policy's words, staff their own. */
export function useStatusLabel(audience: Audience): (status: TicketStatus) => string {
  const { CUSTOMER_STATUS_LABEL } = useTexts(supportCatalogue);
  const { STAFF_STATUS_LABEL } = useTexts(staffCatalogue);
  const labels = audience === "staff" ? STAFF_STATUS_LABEL : CUSTOMER_STATUS_LABEL;
  return (status) => labels[status];
}
