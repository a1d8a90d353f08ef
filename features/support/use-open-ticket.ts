"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, postJson } from "@/lib/api-client";
import { zodFields } from "@/lib/zod-fields";

type Fields = Record<string, string[]>;

export interface CreatedTicket {
  id: string;
  number: number;
}

/**
 * Opening a ticket from a form: the server's schema checked first (loaded on send) (most mistakes shown without a
 * round trip), then POST /api/v1/tickets, then the new ticket's page. `afterCreate` may do more
 * with the ticket (attachments) and name another page to go to. Every form that opens a ticket
 * uses this, so a field error, an unreachable server and a refusal read the same everywhere.
 */
export function useOpenTicket(messages: { checkFields: string; unreachable: string }) {
  const router = useRouter();
  const [fields, setFields] = useState<Fields>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function openTicket(input: Record<string, unknown>, afterCreate?: (ticket: CreatedTicket) => Promise<string | null>) {
    setBusy(true);
    // The schema (and zod) load when a form is sent, not with every page that holds one (decision 0038).
    const { ZOpenTicket } = await import("@/lib/support-schemas");
    const checked = ZOpenTicket.safeParse(input);
    if (!checked.success) {
      setFields(zodFields(checked.error));
      setError(messages.checkFields);
      setBusy(false);
      return;
    }
    setError(null);
    setFields({});
    try {
      const { ticket } = await postJson<{ ticket: CreatedTicket }>("/api/v1/tickets", input);
      router.push((await afterCreate?.(ticket)) ?? `/support/${ticket.number}`);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status !== 0) {
        setFields(failure.fields ?? {});
        setError(failure.message);
      } else setError(messages.unreachable);
      setBusy(false);
    }
  }

  return { fields, setFields, error, busy, openTicket };
}
