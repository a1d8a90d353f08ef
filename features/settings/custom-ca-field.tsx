"use client";

import { FileUp, Replace, ShieldCheck, Trash2, Undo2 } from "lucide-react";
import { useState, type ReactNode } from "react";
import { useFormContext, useWatch, type FieldError } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Properties } from "@/components/ui/properties";
import { Label } from "@/components/ui/input";
import type { SettingsView } from "@/lib/settings-api";
import type { SettingsFormValues } from "./form";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { settingsPageCatalogue } from "@/lib/i18n/catalogues/messages-settings-page";
import { useTexts } from "@/components/i18n/locale-provider";
import { Time } from "@/components/ui/time";

const MAX_PEM_BYTES = 16_384;

export type CustomCaFacts = NonNullable<SettingsView["customCa"]>;

const textareaClass =
  "min-h-32 w-full rounded-md border border-neutral-300 bg-white px-2.5 py-1.5 font-mono text-xs text-neutral-900 shadow-xs placeholder:text-neutral-400 focus-visible:border-accent-600 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-accent-600/40 dark:border-neutral-700 dark:bg-neutral-900 dark:text-neutral-100";

/**
 * The custom CA certificate: the stored one's facts (subject, issuer, expiry) with Replace and
 * Remove, or a PEM to paste or read from a file. The server parses and validates the PEM.
 */
export function CustomCaField({ facts, markers }: { facts: CustomCaFacts | null; markers?: ReactNode }) {
  const { SETTING_LABELS } = useTexts(settingsCatalogue);
  const { settingsPageMessages } = useTexts(settingsPageCatalogue);
  const t = settingsPageMessages.ca;
  const { formState, setValue } = useFormContext<SettingsFormValues>();
  const value = useWatch<SettingsFormValues, "customCaCertificate">({ name: "customCaCertificate" }) ?? null;
  const field = { value, onChange: (next: string | null) => setValue("customCaCertificate", next, { shouldDirty: true, shouldValidate: true }) };
  const initial = formState.defaultValues?.customCaCertificate ?? null;
  // Editing belongs to the certificate it was opened for: once an apply stores a new one (the
  // form's default changes), the field shows the stored certificate again.
  const [editingOf, setEditingOf] = useState<{ of: string | null } | null>(null);
  const editing = editingOf !== null && editingOf.of === initial;
  const setEditing = (open: boolean) => setEditingOf(open ? { of: initial } : null);
  const [fileError, setFileError] = useState<string | null>(null);
  const error = (formState.errors.customCaCertificate as FieldError | undefined)?.message ?? fileError ?? undefined;
  const unchanged = field.value === initial;
  const state = unchanged && !editing ? (initial === null ? "none" : "stored") : initial !== null && field.value === null ? "removing" : "editing";
  const editorText = field.value === null || field.value === initial ? "" : field.value;

  async function readFile(file: File | undefined) {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_PEM_BYTES) {
      setFileError(t.uploadTooLarge);
      return;
    }
    field.onChange(await file.text());
  }

  return (
    <div className="space-y-3" data-setting="customCaCertificate">
      {state === "stored" ? (
        <div className="rounded-md border border-neutral-200 p-3 dark:border-neutral-800">
          {facts ? (
            <>
          <p className="mb-2 flex items-center gap-2 text-sm font-medium">
            <ShieldCheck aria-hidden className="size-4 text-emerald-600 dark:text-emerald-400" />
            {facts.subject}
            {new Date(facts.validTo) < new Date() ? <Badge tone="red">{t.expired}</Badge> : null}
          </p>
          <Properties
            className="text-xs"
            items={[
              { label: t.subject, value: facts.subject },
              { label: t.issuer, value: facts.issuer },
              { label: t.validFrom, value: <Time value={facts.validFrom} timeZone="UTC" /> },
              { label: t.validTo, value: <Time value={facts.validTo} timeZone="UTC" /> },
              { label: t.fingerprint, value: <span className="break-all font-mono">{facts.fingerprint256}</span> },
            ]}
          />
            </>
          ) : (
            <p className="text-sm">{t.installed}</p>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            <Button size="sm" onClick={() => setEditing(true)}>
              <Replace aria-hidden />
              {t.replace}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => field.onChange(null)}>
              <Trash2 aria-hidden />
              {t.remove}
            </Button>
          </div>
        </div>
      ) : null}

      {state === "removing" ? (
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <span role="status">{t.removed}</span>
          <Button size="sm" variant="ghost" onClick={() => field.onChange(initial)}>
            <Undo2 aria-hidden />
            {t.keep}
          </Button>
        </div>
      ) : null}

      {state === "none" ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-neutral-600 dark:text-neutral-400">{t.none}</p>
          <Button size="sm" onClick={() => setEditing(true)}>
            {t.add}
          </Button>
        </div>
      ) : null}

      {state === "editing" ? (
        <div className="flex flex-col gap-1">
          <Label htmlFor="customCaCertificate">{t.paste}</Label>
          <textarea
            id="customCaCertificate"
            name="customCaCertificate"
            className={textareaClass}
            spellCheck={false}
            placeholder={"-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----"}
            value={editorText}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "customCaCertificate-error customCaCertificate-hint" : "customCaCertificate-hint"}
            onChange={(event) => field.onChange(event.target.value === "" ? initial : event.target.value)}
          />
          <p id="customCaCertificate-hint" className="text-xs text-neutral-600 dark:text-neutral-400">
            {t.pasteHint}
          </p>
          {error ? (
            <p id="customCaCertificate-error" role="alert" className="text-xs text-red-700 dark:text-red-300">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-2">
            <label className="btn btn-secondary btn-sm cursor-pointer focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-accent-600">
              <FileUp aria-hidden />
              {t.upload}
              <input type="file" accept=".pem,.crt,.cer,application/x-pem-file" className="sr-only" onChange={(event) => void readFile(event.target.files?.[0])} />
            </label>
            {editing || initial === null ? (
              <Button
                size="sm"
                variant="ghost"
                onClick={() => {
                  setEditing(false);
                  setFileError(null);
                  field.onChange(initial);
                }}
              >
                {settingsPageMessages.cancel}
              </Button>
            ) : null}
          </div>
          {initial !== null && editorText !== "" ? <p className="text-xs text-neutral-600 dark:text-neutral-400">{t.newCertificate}</p> : null}
        </div>
      ) : null}
      <span className="sr-only">{SETTING_LABELS.customCaCertificate}</span>
      {markers}
    </div>
  );
}
