"use client";

import { Play, Square, Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Input, Label } from "@/components/ui/input";
import type { EnvironmentState } from "@/generated/prisma/enums";
import { isBusy, MAX_INSTANCES, MIN_INSTANCES } from "@/lib/environments";
import type { ZScaleEnvironment } from "@/lib/environment-schemas";
import { useIdlePreload } from "@/components/ui/use-idle-preload";
import { lazyZodResolver, preloadZodResolver } from "@/components/ui/lazy-zod-resolver";
import { apiCall } from "./api-call";
import { DeleteEnvironmentDialog } from "./delete-environment-dialog";
import { environmentsCatalogue } from "@/lib/i18n/catalogues/messages-environments";
import { useTexts } from "@/components/i18n/locale-provider";


export interface ActionEnvironment {
  id: string;
  name: string;
  state: EnvironmentState;
  instances: number;
  hasPackage: boolean;
}

/** The schema (and zod) load after the page, not with it (docs/decisions/0040-first-load-js.md). */
const loadSchema = () => import("@/lib/environment-schemas").then((module) => module.ZScaleEnvironment);
const preloadSchema = () => preloadZodResolver(loadSchema);

/** A manager's actions on one environment; each starts an operation whose progress the page shows. */
export function EnvironmentActions({ environment, listHref }: { environment: ActionEnvironment; listHref: string }) {
  const { environmentMessages } = useTexts(environmentsCatalogue);
  const t = environmentMessages.actions;
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const file = useRef<HTMLInputElement>(null);
  const busy = isBusy(environment.state) || pending;
  const scale = useForm<z.input<typeof ZScaleEnvironment>, unknown, z.output<typeof ZScaleEnvironment>>({
    resolver: lazyZodResolver(loadSchema),
    values: { instances: environment.instances },
  });
  useIdlePreload(preloadSchema);

  async function run(url: string, init: RequestInit, accepted = t.accepted) {
    setPending(true);
    setMessage(null);
    const answer = await apiCall<{ package?: { fileName: string; runtimeVersion: string } }>(url, init, t.failed);
    setPending(false);
    if (!answer.ok) {
      setMessage({ tone: "error", text: answer.error ?? t.failed });
      return false;
    }
    setMessage({ tone: "ok", text: answer.body?.package ? t.deployed(answer.body.package.fileName, answer.body.package.runtimeVersion) : accepted });
    router.refresh();
    return true;
  }

  async function deploy() {
    const chosen = file.current?.files?.[0];
    if (!chosen) return;
    // The file is the body as it is: the browser streams it, the portal streams it on to storage.
    const ok = await run(`/api/v1/environments/${environment.id}/deployments?fileName=${encodeURIComponent(chosen.name)}`, { method: "POST", headers: { "content-type": "application/octet-stream" }, body: chosen });
    if (ok && file.current) file.current.value = "";
  }

  const json = { "content-type": "application/json" };
  const base = `/api/v1/environments/${environment.id}`;
  return (
    <div className="space-y-4 px-4 py-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor="package-file">{t.deployFile}</Label>
          <input id="package-file" ref={file} type="file" accept=".mda" aria-describedby="package-hint" className="text-sm file:mr-2 file:rounded-md file:border file:border-neutral-300 file:bg-white file:px-2 file:py-1 dark:file:border-neutral-700 dark:file:bg-neutral-900" />
          <span id="package-hint" className="text-xs text-neutral-500 dark:text-neutral-400">
            {t.deployHint}
          </span>
        </div>
        <Button variant="primary" disabled={busy} onClick={deploy} aria-busy={pending}>
          <Upload aria-hidden />
          {pending ? t.deploying : t.deploy}
        </Button>
      </div>

      <div className="flex flex-wrap items-end gap-2">
        {environment.state === "RUNNING" ? (
          <Button disabled={busy} onClick={() => run(`${base}/stop`, { method: "POST" })}>
            <Square aria-hidden />
            {t.stop}
          </Button>
        ) : (
          <Button disabled={busy || !environment.hasPackage} onClick={() => run(`${base}/start`, { method: "POST" })}>
            <Play aria-hidden />
            {t.start}
          </Button>
        )}
        <form noValidate className="flex items-end gap-2" onSubmit={scale.handleSubmit((values) => run(base, { method: "PATCH", headers: json, body: JSON.stringify(values) }))}>
          <div className="flex flex-col gap-1">
            <Label htmlFor="instances">{t.instances}</Label>
            <Input id="instances" type="number" min={MIN_INSTANCES} max={MAX_INSTANCES} step={1} className="w-20" aria-invalid={scale.formState.errors.instances ? true : undefined} aria-describedby="instances-hint" {...scale.register("instances")} />
          </div>
          <Button type="submit" disabled={busy}>
            {t.scale}
          </Button>
          <span id="instances-hint" className={scale.formState.errors.instances ? "pb-2 text-xs text-red-700 dark:text-red-300" : "pb-2 text-xs text-neutral-500 dark:text-neutral-400"}>
            {scale.formState.errors.instances?.message ?? t.instancesHint}
          </span>
        </form>
        <span className="flex-1" />
        <DeleteEnvironmentDialog environment={environment} listHref={listHref} disabled={busy} />
      </div>

      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={message.tone === "error" ? "text-sm text-red-700 dark:text-red-300" : "text-sm text-emerald-700 dark:text-emerald-300"}>
          {message.text}
        </p>
      ) : null}
      {isBusy(environment.state) ? <p className="text-xs text-neutral-600 dark:text-neutral-400">{t.busy}</p> : null}
    </div>
  );
}
