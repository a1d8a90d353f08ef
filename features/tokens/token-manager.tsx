"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table-parts";
import { ApiError, apiFetch } from "@/lib/api-client";
import type { AccessTokenView } from "@/lib/access-tokens";
import { CreateTokenForm } from "./create-token-form";
import { tokensCatalogue } from "@/lib/i18n/catalogues/messages-tokens";
import { useTexts } from "@/components/i18n/locale-provider";
import { Time } from "@/components/ui/time";

/** The person's access tokens: create one (its secret shown once), see and revoke the others. */
export function TokenManager({ initial }: { initial: AccessTokenView[] }) {
  const { tokenMessages: t } = useTexts(tokensCatalogue);
  const [tokens, setTokens] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function revoke(token: AccessTokenView) {
    if (!window.confirm(t.confirmRevoke(token.name))) return;
    setBusyId(token.id);
    setError(null);
    try {
      await apiFetch(`/api/v1/tokens/${token.id}`, { method: "DELETE" });
      setTokens((list) => list.filter((item) => item.id !== token.id));
      setStatus(t.revoked(token.name));
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : String(caught));
    } finally {
      setBusyId(null);
    }
  }

  return (
    <div className="space-y-5">
      <Card>
        <CardBody>
          <CreateTokenForm
            onCreated={(token) => {
              setTokens((list) => [token, ...list]);
              setStatus(null);
            }}
          />
        </CardBody>
      </Card>
      <Card aria-labelledby="tokens-heading">
        <CardHeader id="tokens-heading" title={t.listHeading} />
        <p role="status" className="sr-only">
          {status}
        </p>
        {error ? <Alert tone="danger" className="m-4">{error}</Alert> : null}
        {tokens.length === 0 ? (
          <p className="px-4 py-6 text-sm text-neutral-600 dark:text-neutral-400">{t.empty}</p>
        ) : (
          <Table>
            <THead>
              <tr>
                <TH>{t.columns.name}</TH>
                <TH>{t.columns.prefix}</TH>
                <TH>{t.columns.scopes}</TH>
                <TH>{t.columns.lastUsed}</TH>
                <TH>{t.columns.expires}</TH>
                <TH>
                  <span className="sr-only">{t.columns.actions}</span>
                </TH>
              </tr>
            </THead>
            <TBody>
              {tokens.map((token) => (
                <TR key={token.id} data-testid="token-row">
                  <TD className="font-medium">{token.name}</TD>
                  <TD className="font-mono text-xs">{token.prefix}…</TD>
                  <TD>{token.scopes.join(", ")}</TD>
                  <TD>{token.lastUsedAt ? <Time value={token.lastUsedAt} relative /> : t.never}</TD>
                  <TD>
                    <Time value={token.expiresAt} />
                    {token.expired ? (
                      <Badge tone="neutral" className="ml-2">
                        {t.expired}
                      </Badge>
                    ) : null}
                  </TD>
                  <TD className="text-right">
                    <Button size="sm" variant="danger" aria-label={t.revokeLabel(token.name)} disabled={busyId === token.id} onClick={() => revoke(token)}>
                      {t.revoke}
                    </Button>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </Card>
    </div>
  );
}
