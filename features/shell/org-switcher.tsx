"use client";

import { Building2 } from "lucide-react";
import { useRef } from "react";
import { switchOrgAction } from "@/server/actions/shell";

/** The organisation the actor works in; `idPrefix` keeps the ids unique when the menu of small screens renders a second one. Its texts come from the top bar. */
export function OrgSwitcher({
  orgs,
  currentOrgId,
  idPrefix = "",
  labels: t,
}: {
  orgs: { id: string; name: string }[];
  currentOrgId: string;
  idPrefix?: string;
  labels: { organization: string; switchOrganization: string };
}) {
  const selectId = idPrefix ? `${idPrefix}-org-switcher` : "org-switcher";
  const form = useRef<HTMLFormElement>(null);
  if (orgs.length === 1) {
    return (
      <div className="flex items-center gap-1.5 text-sm text-neutral-200">
        <Building2 aria-hidden className="size-4 text-neutral-400" />
        <span className="sr-only">{t.organization}: </span>
        <span>{orgs[0].name}</span>
      </div>
    );
  }
  return (
    <form ref={form} action={switchOrgAction} className="flex items-center gap-1.5">
      <label htmlFor={selectId} className="sr-only">
        {t.organization}
      </label>
      <Building2 aria-hidden className="size-4 text-neutral-400" />
      <select
        id={selectId}
        name="orgId"
        defaultValue={currentOrgId}
        onChange={() => form.current?.requestSubmit()}
        className="h-7 rounded-md border border-neutral-700 bg-neutral-800 px-2 text-sm text-neutral-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent-400"
      >
        {orgs.map((org) => (
          <option key={org.id} value={org.id}>
            {org.name}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="rounded border border-neutral-700 px-2 text-xs text-neutral-100">
          {t.switchOrganization}
        </button>
      </noscript>
    </form>
  );
}
