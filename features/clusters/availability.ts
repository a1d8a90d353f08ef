/**
 * Pages of a cluster that exist yet. Actions and navigation link only to pages that exist; the
 * customization settings page (PRODUCT.md §4) is built, so "Edit" is offered.
 */
export const SETTINGS_PAGE_BUILT = true;
