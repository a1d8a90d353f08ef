"use client";

import { PlugZap } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { ApiError, postJson } from "@/lib/api-client";
import { zodFields } from "@/lib/zod-fields";
import { useIdlePreload } from "@/components/ui/use-idle-preload";
import { OperationStatus } from "./operation-status";
import { connectionsCatalogue } from "@/lib/i18n/catalogues/messages-connections";
import { useTexts } from "@/components/i18n/locale-provider";

type Field = "tenantId" | "subscriptionId" | "displayName";

/** The schema (and zod) load after the page, not with it (docs/decisions/0040-first-load-js.md). */
const loadSchema = () => import("@/lib/connections").then((module) => module.ZConnectionFields);

/** Tenant, subscription and a name; validated here and again on the server, then the add operation is followed. */
export function ConnectForm({ orgId }: { orgId: string }) {
  const { connectionMessages: t } = useTexts(connectionsCatalogue);
  const FIELDS: { name: Field; label: string; hint?: string }[] = [
    { name: "tenantId", label: t.tenantLabel, hint: t.guidHint },
    { name: "subscriptionId", label: t.subscriptionLabel, hint: t.guidHint },
    { name: "displayName", label: t.displayNameLabel },
  ];
  const [values, setValues] = useState<Record<Field, string>>({ tenantId: "", subscriptionId: "", displayName: "" });
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useIdlePreload(loadSchema);
  const [operationId, setOperationId] = useState<string | null>(null);

  async function submit() {
    setFailure(null);
    const parsed = (await loadSchema()).safeParse(values);
    if (!parsed.success) {
      setErrors(zodFields(parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const answer = await postJson<{ operationId: string }>("/api/v1/connections", { ...parsed.data, orgId });
      setOperationId(answer.operationId);
      setValues({ tenantId: "", subscriptionId: "", displayName: "" });
    } catch (error) {
      if (error instanceof ApiError) {
        setErrors(error.fields ?? {});
        setFailure(error.message);
      } else setFailure(t.failed);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="space-y-3">
      <form
        className="grid gap-3 md:grid-cols-[1fr_1fr_1fr_auto] md:items-start"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {FIELDS.map((field) => {
          const id = `connection-${field.name}`;
          const error = errors[field.name]?.[0];
          return (
            <div key={field.name} className="flex flex-col gap-1">
              <Label htmlFor={id}>{field.label}</Label>
              <Input
                id={id}
                name={field.name}
                autoComplete="off"
                spellCheck={false}
                value={values[field.name]}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : field.hint ? `${id}-hint` : undefined}
                onChange={(event) => setValues((v) => ({ ...v, [field.name]: event.target.value.replace(/\0/g, "") }))}
              />
              {error ? (
                <p id={`${id}-error`} className="text-xs text-red-700 dark:text-red-300">
                  {error}
                </p>
              ) : field.hint ? (
                <p id={`${id}-hint`} className="text-xs text-neutral-500 dark:text-neutral-400">
                  {field.hint}
                </p>
              ) : null}
            </div>
          );
        })}
        <Button type="submit" variant="primary" className="md:mt-6" disabled={busy} aria-busy={busy}>
          <PlugZap aria-hidden />
          {busy ? t.connecting : t.connect}
        </Button>
      </form>
      {failure ? <Alert tone="danger">{failure}</Alert> : null}
      {operationId ? <OperationStatus key={operationId} operationId={operationId} runningText={t.connecting} doneText={t.connected} /> : null}
    </div>
  );
}
