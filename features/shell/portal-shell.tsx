import type { ReactNode } from "react";
import type { Actor, OrgMembership } from "@/server/auth/permissions";
import { FocusHeading } from "./focus-heading";
import { TopBar } from "./top-bar";

/** The console around every signed-in page (and the 404 page): top bar, main region, heading focus. */
export function PortalShell({ actor, org, children }: { actor: Actor; org: OrgMembership | null; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <TopBar actor={actor} org={org} />
      <FocusHeading />
      <main id="main" tabIndex={-1} className="mx-auto w-full min-w-0 max-w-[1600px] flex-1 px-4 py-6 focus:outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
