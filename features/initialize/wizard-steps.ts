import { DEFAULT_CLUSTER_SETTINGS } from "@/lib/cluster-settings";
import { toFormValues, type SettingsFormValues } from "@/features/settings/form";

// The wizard's steps live in the URL (?step=…) so browser Back/Forward and a reload keep the place;
// what was typed is kept in the form above the steps and, for a reload, in sessionStorage per
// cluster (docs/decisions/0035-wizard-steps-and-validation-messages.md).

export const WIZARD_STEPS = ["preflight", "settings", "review"] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

/** The step a URL asks for; anything else is the first step. */
export function stepFrom(param: string | null | undefined): WizardStep {
  return WIZARD_STEPS.find((step) => step === param) ?? "preflight";
}

/**
 * The step to show: the one asked for, unless an earlier step needs attention first (checks not
 * passed yet, options not valid), so a URL cannot skip a step.
 */
export function stepToShow(asked: WizardStep, state: { preflightOk: boolean; settingsOk: boolean }): WizardStep {
  if (asked !== "preflight" && !state.preflightOk) return "preflight";
  if (asked === "review" && !state.settingsOk) return "settings";
  return asked;
}

export function stepHref(pathname: string, step: WizardStep): string {
  return step === "preflight" ? pathname : `${pathname}?step=${step}`;
}

const draftKey = (clusterId: string) => `initialize-draft:${clusterId}`;

/** The inputs kept for a reload: every setting the form knows, with the form's kind of value. */
export function draftFrom(json: string | null): SettingsFormValues | null {
  let stored: unknown;
  try {
    stored = json === null ? null : JSON.parse(json);
  } catch {
    return null;
  }
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return null;
  const values: Record<string, unknown> = { ...toFormValues(DEFAULT_CLUSTER_SETTINGS) };
  for (const [key, value] of Object.entries(stored)) {
    const current = values[key];
    if (!(key in values)) continue;
    if (key === "tags") {
      if (Array.isArray(value)) values.tags = value.filter((row) => typeof row?.name === "string" && typeof row?.value === "string").map((row) => ({ name: row.name, value: row.value }));
    } else if (key === "customCaCertificate" ? value === null || typeof value === "string" : typeof value === typeof current) {
      values[key] = value;
    }
  }
  return values as SettingsFormValues;
}

export function loadDraft(clusterId: string): SettingsFormValues | null {
  try {
    return draftFrom(window.sessionStorage.getItem(draftKey(clusterId)));
  } catch {
    return null; // Storage refused (private mode, quota): the wizard starts from the defaults.
  }
}

export function saveDraft(clusterId: string, values: unknown): void {
  try {
    window.sessionStorage.setItem(draftKey(clusterId), JSON.stringify(values));
  } catch {
    // Storage refused: Back/Forward still keep the inputs (they are in the form); a reload does not.
  }
}

export function clearDraft(clusterId: string): void {
  try {
    window.sessionStorage.removeItem(draftKey(clusterId));
  } catch {
    // Nothing kept.
  }
}
