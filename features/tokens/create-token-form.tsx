"use client";

import { useId, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label, Select } from "@/components/ui/input";
import { ApiError, postJson } from "@/lib/api-client";
import { TOKEN_DEFAULT_DAYS, TOKEN_EXPIRY_CHOICES, TOKEN_NAME_MAX, TOKEN_SCOPES } from "@/lib/access-token-limits";
import type { AccessTokenView } from "@/lib/access-tokens";
import { useIdlePreload } from "@/components/ui/use-idle-preload";
import { zodFields } from "@/lib/zod-fields";
import { tokensCatalogue } from "@/lib/i18n/catalogues/messages-tokens";
import { useTexts } from "@/components/i18n/locale-provider";

type Created = AccessTokenView & { token: string };

/** The input's schema (and zod) load after the page, not with it (docs/decisions/0040-first-load-js.md). */
const loadSchema = () => import("@/lib/access-tokens").then((module) => module.ZCreateAccessToken);

/** Name, scopes and expiry of a new token; POST /api/v1/tokens, then the secret shown once. */
export function CreateTokenForm({ onCreated }: { onCreated: (token: AccessTokenView) => void }) {
  const { tokenMessages: t } = useTexts(tokensCatalogue);
  const id = useId();
  const [fields, setFields] = useState<Record<string, string[]>>({});
  useIdlePreload(loadSchema);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const [copied, setCopied] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const input = { name: String(form.get("name") ?? ""), scopes: form.getAll("scopes").map(String), expiresInDays: Number(form.get("expiresInDays")) };
    const checked = (await loadSchema()).safeParse(input);
    if (!checked.success) {
      setFields(zodFields(checked.error));
      setError(t.checkFields);
      return;
    }
    setBusy(true);
    setError(null);
    setFields({});
    try {
      const token = await postJson<Created>("/api/v1/tokens", checked.data);
      setCreated(token);
      setCopied(false);
      onCreated(token);
      element.reset();
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : null;
      setFields(apiError?.fields ?? {});
      setError(apiError?.message ?? String(caught));
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!created) return;
    await navigator.clipboard?.writeText(created.token).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  }

  const described = (field: string) => (fields[field]?.length ? `${id}-${field}-error` : undefined);

  return (
    <div className="space-y-4">
      {created ? (
        <Alert tone="warning" title={t.createdHeading} data-testid="new-token">
          <p>{t.createdNote}</p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <Input readOnly aria-label={t.tokenLabel} value={created.token} className="w-full max-w-xl font-mono text-xs" onFocus={(e) => e.currentTarget.select()} />
            <Button size="sm" onClick={copy}>
              {copied ? t.copied : t.copy}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setCreated(null)}>
              {t.done}
            </Button>
          </div>
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby={`${id}-heading`}>
        <h2 id={`${id}-heading`} className="text-sm font-semibold">
          {t.createHeading}
        </h2>
        {error ? <Alert tone="danger">{error}</Alert> : null}
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-name`}>{t.name}</Label>
          <Input id={`${id}-name`} name="name" maxLength={TOKEN_NAME_MAX} required className="max-w-sm" aria-invalid={Boolean(fields.name)} aria-describedby={described("name") ?? `${id}-name-hint`} />
          <FieldError id={`${id}-name-error`} messages={fields.name} />
          <p id={`${id}-name-hint`} className="text-xs text-neutral-600 dark:text-neutral-400">
            {t.nameHint}
          </p>
        </div>
        <fieldset className="flex flex-col gap-1" aria-describedby={described("scopes")}>
          <legend className="mb-1 text-xs font-medium text-neutral-700 dark:text-neutral-300">{t.scopes}</legend>
          {TOKEN_SCOPES.map((scope) => (
            <label key={scope} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="scopes" value={scope} defaultChecked={scope === "read"} className="size-4 accent-accent-600" />
              {t.scopeLabel[scope]}
            </label>
          ))}
          <FieldError id={`${id}-scopes-error`} messages={fields.scopes} />
        </fieldset>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-expiry`}>{t.expiry}</Label>
          <Select id={`${id}-expiry`} name="expiresInDays" defaultValue={String(TOKEN_DEFAULT_DAYS)} className="max-w-40" aria-describedby={described("expiresInDays")}>
            {TOKEN_EXPIRY_CHOICES.map((days) => (
              <option key={days} value={days}>
                {t.days(days)}
              </option>
            ))}
          </Select>
          <FieldError id={`${id}-expiresInDays-error`} messages={fields.expiresInDays} />
        </div>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t.creating : t.create}
        </Button>
      </form>
    </div>
  );
}

function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  if (!messages?.length) return null;
  return (
    <p id={id} className="text-xs text-red-700 dark:text-red-400">
      {messages.join(" ")}
    </p>
  );
}
