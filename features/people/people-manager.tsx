"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table-parts";
import { ApiError, apiFetch, postJson } from "@/lib/api-client";
import type { InvitationSent, InvitationView, MemberRoleName, MemberView } from "@/lib/invitations";
import { MEMBER_ROLES } from "@/lib/people-limits";
import { InviteForm } from "./invite-form";
import { leavesNoOwner } from "@/lib/people-rules";
import { peopleCatalogue } from "@/lib/i18n/catalogues/messages-people";
import { useTexts } from "@/components/i18n/locale-provider";
import { Time } from "@/components/ui/time";

interface Props {
  orgId: string;
  selfId: string;
  /** Owners see the invite form, role pickers, remove, resend and revoke; others the list alone. */
  manage: boolean;
  /** The organisation's owners (all pages): the only owner's role and removal are locked. */
  ownerCount: number;
  members: MemberView[];
  invitations: InvitationView[];
  membersPager: ReactNode;
  invitationsPager: ReactNode;
}

/** Members and open invitations of one organisation; every change goes through the API, then the page reloads its lists. */
export function PeopleManager({ orgId, selfId, manage, ownerCount, members, invitations, membersPager, invitationsPager }: Props) {
  const { peopleMessages: t } = useTexts(peopleCatalogue);
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const base = `/api/v1/organizations/${orgId}`;

  async function act(key: string, run: () => Promise<string>) {
    setBusy(key);
    setError(null);
    try {
      setStatus(await run());
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    } finally {
      setBusy(null);
    }
  }

  function sent(result: InvitationSent, message: string) {
    setLink(result.link);
    return message;
  }

  const changeRole = (member: MemberView, role: MemberRoleName) =>
    act(member.userId, async () => {
      await apiFetch(`${base}/members/${member.userId}`, { method: "PATCH", body: JSON.stringify({ role }) });
      return t.roleChanged(member.name, role);
    });
  const remove = (member: MemberView) => {
    if (!window.confirm(t.confirmRemove(member.name))) return;
    void act(member.userId, async () => {
      await apiFetch(`${base}/members/${member.userId}`, { method: "DELETE" });
      return t.removed(member.name);
    });
  };
  const resend = (invitation: InvitationView) =>
    act(invitation.id, async () => {
      const result = await postJson<InvitationSent>(`${base}/invitations/${invitation.id}/resend`, {});
      return sent(result, result.emailed ? t.resent(invitation.email) : t.relinked(invitation.email));
    });
  const revoke = (invitation: InvitationView) => {
    if (!window.confirm(t.confirmRevoke(invitation.email))) return;
    void act(invitation.id, async () => {
      await apiFetch(`${base}/invitations/${invitation.id}`, { method: "DELETE" });
      return t.revoked(invitation.email);
    });
  };

  return (
    <div className="space-y-5">
      <p role="status" className="sr-only">
        {status}
      </p>
      {error ? <Alert tone="danger">{error}</Alert> : null}
      {manage ? (
        <Card>
          <CardBody className="space-y-4">
            {link ? <InvitationLink link={link} onDone={() => setLink(null)} /> : null}
            {status && !link ? <Alert tone="info">{status}</Alert> : null}
            <InviteForm
              orgId={orgId}
              onSent={(result) => {
                setStatus(sent(result, result.emailed ? t.emailed(result.invitation.email) : t.linkReady(result.invitation.email)));
                setError(null);
                router.refresh();
              }}
            />
          </CardBody>
        </Card>
      ) : null}
      <Card aria-labelledby="members-heading">
        <CardHeader id="members-heading" title={t.membersHeading} />
        <Table>
          <THead>
            <tr>
              <TH>{t.columns.name}</TH>
              <TH>{t.columns.email}</TH>
              <TH>{t.columns.role}</TH>
              <TH>{t.columns.since}</TH>
              {manage ? (
                <TH>
                  <span className="sr-only">{t.columns.actions}</span>
                </TH>
              ) : null}
            </tr>
          </THead>
          <TBody>
            {members.map((member) => {
              const soleOwner = leavesNoOwner(ownerCount, member.role, null);
              return (
                <TR key={member.userId} data-testid="member-row">
                  <TD className="font-medium">
                    {member.name} {member.userId === selfId ? <span className="text-neutral-600 dark:text-neutral-400">{t.you}</span> : null}
                  </TD>
                  <TD>{member.email}</TD>
                  <TD>
                    {manage ? (
                      <Select aria-label={t.changeRole(member.name)} title={soleOwner ? t.onlyOwnerNote(member.name) : undefined} value={member.role} disabled={soleOwner || busy === member.userId} onChange={(event) => void changeRole(member, event.target.value as MemberRoleName)}>
                        {MEMBER_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {t.roleLabel[role]}
                          </option>
                        ))}
                      </Select>
                    ) : (
                      t.roleLabel[member.role]
                    )}
                  </TD>
                  <TD><Time value={member.since} relative /></TD>
                  {manage ? (
                    <TD className="text-right">
                      {soleOwner ? (
                        <span className="text-sm text-neutral-600 dark:text-neutral-400" title={t.onlyOwnerNote(member.name)} data-testid="only-owner">
                          {t.onlyOwner}
                          <span className="sr-only">: {t.onlyOwnerNote(member.name)}</span>
                        </span>
                      ) : (
                        <Button size="sm" variant="danger" aria-label={t.removeLabel(member.name)} disabled={busy === member.userId} onClick={() => remove(member)}>
                          {t.remove}
                        </Button>
                      )}
                    </TD>
                  ) : null}
                </TR>
              );
            })}
          </TBody>
        </Table>
        {membersPager}
      </Card>
      {manage ? (
        <Card aria-labelledby="invitations-heading">
          <CardHeader id="invitations-heading" title={t.invitationsHeading} />
          {invitations.length === 0 ? (
            <p className="px-4 py-6 text-sm text-neutral-600 dark:text-neutral-400">{t.noInvitations}</p>
          ) : (
            <Table>
              <THead>
                <tr>
                  <TH>{t.columns.email}</TH>
                  <TH>{t.columns.role}</TH>
                  <TH>{t.columns.sent}</TH>
                  <TH>{t.columns.expires}</TH>
                  <TH>
                    <span className="sr-only">{t.columns.actions}</span>
                  </TH>
                </tr>
              </THead>
              <TBody>
                {invitations.map((invitation) => (
                  <TR key={invitation.id} data-testid="invitation-row">
                    <TD className="font-medium">{invitation.email}</TD>
                    <TD>{t.roleLabel[invitation.role]}</TD>
                    <TD><Time value={invitation.sentAt} relative /></TD>
                    <TD>
                      <Time value={invitation.expiresAt} />
                      {invitation.state === "expired" ? (
                        <Badge tone="neutral" className="ml-2">
                          {t.state.expired}
                        </Badge>
                      ) : null}
                    </TD>
                    <TD className="space-x-2 text-right whitespace-nowrap">
                      <Button size="sm" aria-label={t.resendLabel(invitation.email)} disabled={busy === invitation.id} onClick={() => void resend(invitation)}>
                        {t.resend}
                      </Button>
                      <Button size="sm" variant="danger" aria-label={t.revokeLabel(invitation.email)} disabled={busy === invitation.id} onClick={() => revoke(invitation)}>
                        {t.revoke}
                      </Button>
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
          {invitationsPager}
        </Card>
      ) : null}
    </div>
  );
}

/** The link of an invitation the portal did not e-mail: shown once, to be passed on by the owner. */
function InvitationLink({ link, onDone }: { link: string; onDone: () => void }) {
  const { peopleMessages: t } = useTexts(peopleCatalogue);
  const [copied, setCopied] = useState(false);
  return (
    <Alert tone="warning" title={t.linkHeading} data-testid="invitation-link">
      <p>{t.linkNote}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <Input readOnly aria-label={t.linkLabel} value={link} className="w-full max-w-xl font-mono text-xs" onFocus={(event) => event.currentTarget.select()} />
        <Button size="sm" onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true), () => setCopied(false))}>
          {copied ? t.copied : t.copy}
        </Button>
        <Button size="sm" variant="ghost" onClick={onDone}>
          {t.done}
        </Button>
      </div>
    </Alert>
  );
}
