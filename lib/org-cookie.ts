export const ORG_COOKIE = "portal-org";
