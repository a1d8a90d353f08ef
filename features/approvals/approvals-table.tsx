"use client";

import { Check, X } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table-parts";
import { ApiError, postJson } from "@/lib/api-client";
import { APPROVAL_KINDS, OPEN_APPROVAL_STATES, type ApprovalKind } from "@/lib/approval-kinds";
import type { ApprovalDto, ApprovalPage } from "@/lib/approvals";
import { usePolling } from "@/lib/use-polling";
import { ApprovalStateBadge } from "./approval-state-badge";
import { approvalsCatalogue } from "@/lib/i18n/catalogues/messages-approvals";
import { useTexts } from "@/components/i18n/locale-provider";
import { Time } from "@/components/ui/time";

const isOpen = (item: ApprovalDto) => (OPEN_APPROVAL_STATES as readonly string[]).includes(item.state);

/** The requests of a cluster, polled while any is open; approvers get Approve and Deny on pending ones. */
export function ApprovalsTable({ clusterId, initial, canDecide }: { clusterId: string; initial: ApprovalPage; canDecide: boolean }) {
  const { approvalMessages: t, APPROVAL_KIND_LABELS } = useTexts(approvalsCatalogue);
  const kindLabel = (kind: string) => ((APPROVAL_KINDS as readonly string[]).includes(kind) ? APPROVAL_KIND_LABELS[kind as ApprovalKind] : kind);
  const url = `/api/v1/clusters/${clusterId}/approvals?page=${initial.page}&pageSize=${initial.pageSize}`;
  const { data, refresh } = usePolling<ApprovalPage>(url, 3000, { initialData: initial, stopWhen: (page) => !page.items.some(isOpen) });
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const page = data ?? initial;

  async function decide(id: string, decision: "approve" | "deny") {
    setBusy(id);
    setNotice(null);
    try {
      await postJson(`/api/v1/approvals/${id}/${decision}`, {});
      setNotice({ tone: "ok", text: decision === "approve" ? t.approved : t.denied });
    } catch (error) {
      setNotice({ tone: "error", text: error instanceof ApiError ? error.message : String(error) });
    } finally {
      setBusy(null);
      await refresh();
    }
  }

  return (
    <>
      {notice ? (
        <p role={notice.tone === "ok" ? "status" : "alert"} className={notice.tone === "ok" ? "px-4 pt-3 text-sm text-emerald-700 dark:text-emerald-300" : "px-4 pt-3 text-sm text-red-700 dark:text-red-300"}>
          {notice.text}
        </p>
      ) : null}
      <Table aria-label={t.tableLabel}>
        <THead>
          <tr>
            <TH>{t.columns.what}</TH>
            <TH>{t.columns.state}</TH>
            <TH>{t.columns.requestedBy}</TH>
            <TH>{t.columns.requestedAt}</TH>
            <TH>{t.columns.expires}</TH>
            <TH>{t.columns.decision}</TH>
            {canDecide ? <TH>{t.columns.actions}</TH> : null}
          </tr>
        </THead>
        <TBody>
          {page.items.map((item) => (
            <TR key={item.id} data-testid="approval-row">
              <TD>
                <span className="block font-medium">{item.summary}</span>
                <span className="text-xs text-neutral-600 dark:text-neutral-400">{kindLabel(item.kind)}</span>
              </TD>
              <TD>
                <ApprovalStateBadge state={item.state} />
              </TD>
              <TD>{item.requestedBy?.name ?? t.system}</TD>
              <TD className="whitespace-nowrap"><Time value={item.requestedAt} relative /></TD>
              <TD className="whitespace-nowrap">{item.state === "PENDING" || item.state === "APPROVED" ? <Time value={item.expiresAt} /> : "—"}</TD>
              <TD className="text-sm">
                {item.autoApproved ? t.autoApproved : item.decidedBy ? t.decidedBy(item.decidedBy.name) : "—"}
                {item.failure ? <span className="block text-xs text-red-700 dark:text-red-300">{item.failure.message}</span> : null}
              </TD>
              {canDecide ? (
                <TD>
                  {item.state === "PENDING" ? (
                    <div className="flex gap-2">
                      <Button size="sm" variant="primary" disabled={busy !== null} onClick={() => void decide(item.id, "approve")} aria-label={`${t.approve}: ${item.summary}`}>
                        <Check aria-hidden />
                        {busy === item.id ? t.deciding : t.approve}
                      </Button>
                      <Button size="sm" disabled={busy !== null} onClick={() => void decide(item.id, "deny")} aria-label={`${t.deny}: ${item.summary}`}>
                        <X aria-hidden />
                        {t.deny}
                      </Button>
                    </div>
                  ) : null}
                </TD>
              ) : null}
            </TR>
          ))}
        </TBody>
      </Table>
    </>
  );
}
