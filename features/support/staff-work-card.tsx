"use client";

import { useId, useState } from "react";
import { useTexts } from "@/components/i18n/locale-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Label, Select } from "@/components/ui/input";
import type { TicketStatus } from "@/generated/prisma/enums";
import { staffCatalogue } from "@/lib/i18n/catalogues/messages-staff";
import { staffTargets } from "@/lib/ticket-status";

/** Staff controls of a ticket: the assignment toggle (it shows who holds the ticket) and the status menu. */
export function StaffWorkCard({
  status,
  assignee,
  isAssignee,
  pending,
  error,
  onUpdate,
}: {
  status: TicketStatus;
  assignee: string | null;
  isAssignee: boolean;
  pending: boolean;
  error: string | null;
  onUpdate: (input: { status?: TicketStatus; assignToMe?: boolean }, done?: () => void) => void;
}) {
  const id = useId();
  const { staffMessages, STAFF_STATUS_LABEL } = useTexts(staffCatalogue);
  const t = staffMessages.work;
  const [target, setTarget] = useState<TicketStatus | "">("");
  const targets = staffTargets(status);
  return (
    <Card aria-labelledby={`${id}-staff`}>
      <CardHeader id={`${id}-staff`} title={t.title} />
      <CardBody className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm" data-testid="assignment">
            {isAssignee ? t.assignedToYou : assignee ? t.assignedTo(assignee) : t.unassigned}
          </p>
          {isAssignee ? (
            <Button onClick={() => onUpdate({ assignToMe: false })} disabled={pending}>
              {t.unassign}
            </Button>
          ) : (
            <Button onClick={() => onUpdate({ assignToMe: true })} disabled={pending}>
              {t.assignToMe}
            </Button>
          )}
        </div>
        {targets.length ? (
          <form
            className="flex items-end gap-2"
            onSubmit={(event) => {
              event.preventDefault();
              if (target) onUpdate({ status: target }, () => setTarget(""));
            }}
          >
            <div className="flex flex-1 flex-col gap-1">
              <Label htmlFor={`${id}-status`}>{t.changeStatus}</Label>
              <Select id={`${id}-status`} value={target} onChange={(event) => setTarget(event.target.value as TicketStatus)}>
                <option value="">{t.choose}</option>
                {targets.map((option) => (
                  <option key={option} value={option}>
                    {STAFF_STATUS_LABEL[option]}
                  </option>
                ))}
              </Select>
            </div>
            <Button type="submit" variant="primary" disabled={!target || pending}>
              {t.updateStatus}
            </Button>
          </form>
        ) : null}
        {error ? <Alert tone="danger" role="alert" title={error} /> : null}
      </CardBody>
    </Card>
  );
}
