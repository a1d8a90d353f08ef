import type { ReactNode } from "react";
import type { Actor, OrgMembership } from "@/server/auth/permissions";
import { TopBar } from "./top-bar";

/**
 * The console around every signed-in page (and the 404 page): top bar and main region. Heading focus
 * after a navigation lives in the root layout: the portal and staff areas each mount their own shell,
 * so a focus keeper in here would be new (and take the navigation for a first load) when a support
 * agent goes from the staff queue to the cluster list.
 */
export function PortalShell({ actor, org, children }: { actor: Actor; org: OrgMembership | null; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <TopBar actor={actor} org={org} />
      <main id="main" tabIndex={-1} className="mx-auto w-full min-w-0 max-w-[1600px] flex-1 px-4 py-6 focus:outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
