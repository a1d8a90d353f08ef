import { z } from "zod";
import { zText } from "./text";

// The rules of an Azure connection's input, shared by the form and the server.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const zGuid = (what: string) =>
  zText(36, { trim: true })
    .refine((value) => GUID.test(value), `The ${what} is a GUID such as 00000000-0000-0000-0000-000000000000.`)
    .transform((value) => value.toLowerCase());

export const CONNECTION_NAME_MAX = 80;

export const ZConnectionFields = z.object({
  tenantId: zGuid("tenant id"),
  subscriptionId: zGuid("subscription id"),
  displayName: zText(CONNECTION_NAME_MAX, { trim: true }).refine((value) => value.length > 0, "Enter a display name."),
});

/** POST /connections: the organisation (one of the caller's, as owner) and the subscription. */
export const ZAddConnection = ZConnectionFields.extend({ orgId: z.string().uuid() });

export const ZConnectionListQuery = z.object({
  orgId: z.string().uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

/** The clusters shown per connection (a subscription rarely holds more; the cluster list pages them all). */
export const CLUSTERS_PER_CONNECTION = 100;
