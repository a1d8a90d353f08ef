"use client";

import { Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import { apiCall } from "./api-call";
import { environmentsCatalogue } from "@/lib/i18n/catalogues/messages-environments";
import { useTexts } from "@/components/i18n/locale-provider";


/** Delete with a confirm dialog: the environment's name must be typed (the server checks it too). */
export function DeleteEnvironmentDialog({ environment, listHref, disabled }: { environment: { id: string; name: string }; listHref: string; disabled: boolean }) {
  const { environmentMessages } = useTexts(environmentsCatalogue);
  const t = environmentMessages.actions;
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setFailure(null);
    const answer = await apiCall(`/api/v1/environments/${environment.id}`, { method: "DELETE", headers: { "content-type": "application/json" }, body: JSON.stringify({ confirm: typed }) }, t.failed);
    setBusy(false);
    if (!answer.ok) {
      setFailure(answer.fields?.confirm?.[0] ?? answer.error);
      return;
    }
    dialog.current?.close();
    router.push(listHref);
    router.refresh();
  }

  return (
    <>
      <Button
        variant="danger"
        disabled={disabled}
        onClick={() => {
          setTyped("");
          setFailure(null);
          dialog.current?.showModal();
        }}
      >
        <Trash2 aria-hidden />
        {t.delete}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-title"
        aria-describedby="delete-body"
        className="m-auto w-full max-w-md rounded-lg border border-neutral-200 bg-white p-5 text-neutral-900 shadow-xl backdrop:bg-black/40 dark:border-neutral-800 dark:bg-neutral-900 dark:text-neutral-100"
      >
        <form
          method="dialog"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed === environment.name) void remove();
          }}
          className="space-y-3"
        >
          <h2 id="delete-title" className="text-base font-semibold">
            {t.deleteTitle(environment.name)}
          </h2>
          <p id="delete-body" className="text-sm text-neutral-700 dark:text-neutral-300">
            {t.deleteBody}
          </p>
          <div className="flex flex-col gap-1">
            <Label htmlFor="delete-confirm">{t.deleteConfirm(environment.name)}</Label>
            <Input id="delete-confirm" autoComplete="off" value={typed} onChange={(event) => setTyped(event.target.value.replace(/\0/g, ""))} />
          </div>
          {failure ? (
            <p role="alert" className="text-sm text-red-700 dark:text-red-300">
              {failure}
            </p>
          ) : null}
          <div className="flex justify-end gap-2">
            <Button onClick={() => dialog.current?.close()}>{t.cancel}</Button>
            <Button type="submit" variant="danger" disabled={typed !== environment.name || busy} aria-busy={busy}>
              {t.deleteSubmit}
            </Button>
          </div>
        </form>
      </dialog>
    </>
  );
}
