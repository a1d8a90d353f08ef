// The Marketplace offer of the managed service, written once: discovery keeps only the managed
// applications of this offer (server/domain/connections/discovery.ts) and the demo's emulated
// subscriptions deploy theirs with it (scripts/lib/demo-azure.ts).

export const MENDIX_OFFER = {
  /** The Marketplace publisher id. */
  publisher: "mendix",
  /** The offer (the plan's `product`). */
  product: "mendix-on-azure",
  /** The plans of the offer that deploy a cluster. */
  plans: ["mendix-on-azure-cluster"],
  /** The version a new deployment of the plan gets (the demo uses it). */
  version: "1.0.0",
} as const;

export interface OfferPlan {
  publisher?: string | null;
  product?: string | null;
  name?: string | null;
}

/** True for a managed application deployed from the offer; identifiers compare case-insensitively as Azure does. */
export function isMendixOffer(plan: OfferPlan | null | undefined): boolean {
  if (!plan?.publisher || !plan.product || !plan.name) return false;
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return same(plan.publisher, MENDIX_OFFER.publisher) && same(plan.product, MENDIX_OFFER.product) && MENDIX_OFFER.plans.some((name) => same(plan.name!, name));
}
