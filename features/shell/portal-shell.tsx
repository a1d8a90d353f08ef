import { cache, type ReactNode } from "react";
import type { Actor, OrgMembership } from "@/server/auth/permissions";
import { TopBar } from "./top-bar";

/**
 * One top bar element per request and (actor, organisation). Next.js renders the root 404 page (which
 * draws this shell too) into every page's payload as the fallback of the root layout's not-found
 * boundary; with the same element object in both places React's server renderer renders and sends the
 * top bar once and refers to it the second time, instead of a second header with its client components
 * (docs/decisions/0038-page-speed-shell.md).
 */
const topBar = cache((actor: Actor, org: OrgMembership | null) => <TopBar actor={actor} org={org} />);

/**
 * The console around every signed-in page (and the 404 page): top bar and main region. Heading focus
 * after a navigation lives in the root layout: the portal and staff areas each mount their own shell,
 * so a focus keeper in here would be new (and take the navigation for a first load) when a support
 * agent goes from the staff queue to the cluster list.
 */
export function PortalShell({ actor, org, children }: { actor: Actor; org: OrgMembership | null; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      {topBar(actor, org)}
      <main id="main" tabIndex={-1} className="mx-auto w-full min-w-0 max-w-[1600px] flex-1 px-4 py-6 focus:outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
