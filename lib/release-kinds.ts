// The kinds and components of a release, without zod: the admin's release form imports them, and
// loads the schema (./releases.ts) only when it checks its input.

export const RELEASE_KINDS = ["QUARTERLY", "WEEKLY", "EMERGENCY"] as const;
export type ReleaseKindName = (typeof RELEASE_KINDS)[number];

export const RELEASE_COMPONENTS = ["kubernetes", "nodeImage", "operator", "agent", "grafana"] as const;
export type ReleaseComponent = (typeof RELEASE_COMPONENTS)[number];
export type ComponentVersions = Partial<Record<ReleaseComponent, string>>;

/** Days between the first wave's window and the rest's (an emergency does not wait). */
export const WAVE_GAP_DAYS: Record<ReleaseKindName, number> = { QUARTERLY: 7, WEEKLY: 1, EMERGENCY: 0 };
/** Customers hear of a scheduled update this many days before it runs. */
export const NOTICE_DAYS = 7;
export const MAX_FIRST_WAVE = 100;
