import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { SETTING_GROUPS, type SettingGroupId, type SettingKey } from "@/lib/settings-api";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { useTexts } from "@/components/i18n/locale-provider";

/** Wide settings take a whole row of the two-column grid. */
const FULL_WIDTH: ReadonlySet<SettingKey> = new Set(["tags", "customCaCertificate", "readReplica"]);

/**
 * The settings in the service's groups (SETTING_GROUPS): cards on the settings page, fieldsets in
 * the wizard. Keys `show` leaves out (hidden by policy) are not rendered; empty groups neither.
 */
export function SettingGroups({
  show,
  render,
  variant,
  description,
}: {
  show: (key: SettingKey) => boolean;
  render: (key: SettingKey) => ReactNode;
  variant: "cards" | "fieldsets";
  description?: (group: SettingGroupId) => ReactNode;
}) {
  const { SETTING_GROUP_TITLES } = useTexts(settingsCatalogue);
  return (
    <>
      {SETTING_GROUPS.map((group) => {
        const keys = (group.keys as readonly SettingKey[]).filter(show);
        if (keys.length === 0) return null;
        const fields = (
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            {keys.map((key) => (
              <div key={key} className={FULL_WIDTH.has(key) ? "min-w-0 sm:col-span-2" : "min-w-0"}>
                {render(key)}
              </div>
            ))}
          </div>
        );
        const headingId = `group-${group.id}`;
        if (variant === "fieldsets") {
          return (
            <fieldset key={group.id} className="space-y-2" data-group={group.id}>
              <legend className="mb-2 text-sm font-semibold">{SETTING_GROUP_TITLES[group.id]}</legend>
              {fields}
            </fieldset>
          );
        }
        return (
          <Card key={group.id} aria-labelledby={headingId} data-group={group.id}>
            <CardHeader id={headingId} title={SETTING_GROUP_TITLES[group.id]} description={description?.(group.id)} />
            <CardBody className="py-4">{fields}</CardBody>
          </Card>
        );
      })}
    </>
  );
}
