import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Card, CardHeader } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { PageHeader } from "@/components/ui/page-header";
import { SettingsPolicyForm } from "@/features/admin-settings/settings-policy-form";
import { currentActor } from "@/server/auth/actor";
import { canStaff } from "@/server/auth/permissions";
import { db } from "@/server/db";
import { getSettingsPolicy } from "@/server/domain/settings/settings-policy";
import { listOrganizationsForAdmin } from "@/server/store/admin";
import { settingsPageCatalogue } from "@/lib/i18n/catalogues/messages-settings-page";
import { texts } from "@/server/i18n/texts";

export async function generateMetadata(): Promise<Metadata> {
  const { settingsPolicyMessages } = await texts(settingsPageCatalogue);
  return { title: settingsPolicyMessages.title };
}

const DEFAULT_SCOPE = "default";
const ZQuery = z.object({ org: z.union([z.literal(DEFAULT_SCOPE), z.uuid()]).catch(DEFAULT_SCOPE).default(DEFAULT_SCOPE) });

/** The platform admins' settings policy, per organisation and the provider-wide default. */
export default async function SettingsPolicyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { settingsPolicyMessages: t } = await texts(settingsPageCatalogue);
  const actor = await currentActor();
  if (!actor || !canStaff(actor, "manage:users")) notFound();
  const { org } = ZQuery.parse(await searchParams);
  const orgs = await listOrganizationsForAdmin(db(), actor);
  const selected = org === DEFAULT_SCOPE ? null : orgs.find((candidate) => candidate.id === org);
  if (org !== DEFAULT_SCOPE && !selected) notFound();
  const [policy, defaults] = await Promise.all([
    getSettingsPolicy(db(), actor, org),
    selected ? getSettingsPolicy(db(), actor, DEFAULT_SCOPE) : Promise.resolve(null),
  ]);
  const scopes = [{ id: DEFAULT_SCOPE, name: t.defaultScope }, ...orgs.map((candidate) => ({ id: candidate.id, name: candidate.name }))];

  return (
    <>
      <PageHeader title={t.title} description={t.description} />
      <div className="flex flex-col gap-6 lg:flex-row">
        <nav aria-label={t.scope} className="shrink-0 lg:w-56">
          <ul className="flex gap-0.5 overflow-x-auto lg:flex-col">
            {scopes.map((scope) => (
              <li key={scope.id}>
                <a
                  href={scope.id === DEFAULT_SCOPE ? "/admin/settings-policy" : `/admin/settings-policy?org=${scope.id}`}
                  aria-current={scope.id === org ? "page" : undefined}
                  className={cn(
                    "flex h-8 items-center whitespace-nowrap rounded-md px-2.5 text-sm",
                    scope.id === org
                      ? "bg-accent-50 font-medium text-accent-900 dark:bg-accent-950 dark:text-accent-100"
                      : "text-neutral-700 hover:bg-neutral-100 dark:text-neutral-300 dark:hover:bg-neutral-800",
                  )}
                >
                  {scope.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <Card aria-labelledby="policy-heading" className="min-w-0 flex-1">
          <CardHeader id="policy-heading" title={selected ? selected.name : t.defaultScope} description={selected ? t.orgHint : t.defaultHint} />
          <SettingsPolicyForm key={org} orgId={org} policy={policy} defaults={defaults} />
        </Card>
      </div>
    </>
  );
}
