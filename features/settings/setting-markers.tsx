import { AlertTriangle, Clock, Lock, type LucideIcon } from "lucide-react";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { NetworkMode, SettingKey, SettingState } from "@/lib/settings-api";
import { formatSettingValue, readOnlyReasonIn } from "./format-value";
import { settingsCatalogue } from "@/lib/i18n/catalogues/messages-settings";
import { settingsPageCatalogue } from "@/lib/i18n/catalogues/messages-settings-page";
import { useLocale, useTexts } from "@/components/i18n/locale-provider";

function Marker({ tone, icon: Icon, label, children }: { tone: "amber" | "red"; icon: LucideIcon; label: string; children: ReactNode }) {
  return (
    <li className="flex flex-wrap items-center gap-1.5">
      <Badge tone={tone}>
        <Icon aria-hidden className="size-3" />
        {label}
      </Badge>
      <span>{children}</span>
    </li>
  );
}

/** Pending, drift and lock markers of one setting, with what they mean in words. */
export function SettingMarkers({ settingKey, state, applied }: { settingKey: SettingKey; state: SettingState | undefined; applied: unknown }) {
  const { settingsPageMessages: t } = useTexts(settingsPageCatalogue);
  const locale = useLocale();
  if (!state) return null;
  const items = [];
  if (state.pending) {
    items.push(
      <Marker key="pending" tone="amber" icon={Clock} label={t.pending}>
        {t.pendingHint} {t.applied}: {formatSettingValue(settingKey, applied, locale)}
      </Marker>,
    );
  }
  if (state.drift) {
    items.push(
      <Marker key="drift" tone="red" icon={AlertTriangle} label={t.drift}>
        {t.driftHint(formatSettingValue(settingKey, state.drift.azureValue, locale))}
      </Marker>,
    );
  }
  if (items.length === 0) return null;
  return (
    <ul className="space-y-1 text-xs text-neutral-700 dark:text-neutral-300" data-testid={`markers-${settingKey}`}>
      {items}
    </ul>
  );
}

/** A setting the actor may not change: its value and why. */
export function ReadOnlySetting({ settingKey, state, value, applied, pageReason }: { settingKey: SettingKey; state: SettingState | undefined; value: unknown; applied: unknown; pageReason?: string }) {
  const { SETTING_LABELS } = useTexts(settingsCatalogue);
  const { settingsPageMessages: t } = useTexts(settingsPageCatalogue);
  const locale = useLocale();
  // The API's reasons are English: compared as they come, then said in the person's language.
  const own = state?.locked && state.reason && !state.reason.startsWith("Locked") ? settingsCatalogue.en.READ_ONLY_REASONS.locked(state.reason) : state?.reason;
  // The page's reason (a member, no Azure role…) is said once, at the top.
  const reason = own === pageReason ? undefined : readOnlyReasonIn(own, locale);
  return (
    <div className="flex min-w-0 flex-col gap-1" data-setting={settingKey} data-readonly="true">
      <span className="text-xs font-medium text-neutral-700 dark:text-neutral-300" id={`${settingKey}-label`}>
        {SETTING_LABELS[settingKey]}
      </span>
      <span className="flex min-h-8 flex-wrap items-center gap-2 break-words text-sm text-neutral-900 dark:text-neutral-100">
        {formatSettingValue(settingKey, value, locale)}
        {state?.locked ? (
          <Badge tone="neutral">
            <Lock aria-hidden className="size-3" />
            {t.locked}
          </Badge>
        ) : null}
      </span>
      {reason ? <p className="text-xs text-neutral-600 dark:text-neutral-400">{reason}</p> : null}
      <SettingMarkers settingKey={settingKey} state={state} applied={applied} />
    </div>
  );
}

/**
 * The cluster's exposure mode by name, and what stops working when an edit moves it. `fresh`
 * (the initialization wizard): no current mode, the warnings of the chosen switches only.
 */
export function NetworkModeNotice({ current, next, internalNow, isolatedNow, fresh = false }: { current: NetworkMode; next: NetworkMode; internalNow: boolean; isolatedNow: boolean; fresh?: boolean }) {
  const { NETWORK_MODE_DESCRIPTIONS, NETWORK_MODE_NAMES, NETWORK_WARNINGS } = useTexts(settingsCatalogue);
  const { settingsPageMessages: t } = useTexts(settingsPageCatalogue);
  const moving = !fresh && current !== next;
  const warnings = [internalNow ? NETWORK_WARNINGS.internal : null, isolatedNow ? NETWORK_WARNINGS.isolated : null].filter((warning) => warning !== null);
  const show = (moving || fresh) && warnings.length > 0;
  return (
    <div className="space-y-2" data-testid="network-mode" data-mode={next}>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-neutral-600 dark:text-neutral-400">{t.networkMode}</span>
        <Badge tone="indigo">{NETWORK_MODE_NAMES[fresh ? next : current]}</Badge>
        {moving ? (
          <>
            <span aria-hidden>→</span>
            <Badge tone="amber">{NETWORK_MODE_NAMES[next]}</Badge>
          </>
        ) : null}
      </p>
      <p className="text-xs text-neutral-600 dark:text-neutral-400">{NETWORK_MODE_DESCRIPTIONS[next]}</p>
      {moving || show ? (
        <div role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-200">
          {moving ? <p className="font-medium">{t.networkModeMoves(NETWORK_MODE_NAMES[current], NETWORK_MODE_NAMES[next])}</p> : null}
          {show ? (
            <>
              <p className="mt-1 text-xs font-semibold uppercase tracking-wide">{t.whatStopsWorking}</p>
              <ul className="mt-0.5 list-disc space-y-1 pl-5">
                {warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
