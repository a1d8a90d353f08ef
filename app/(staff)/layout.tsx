import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { currentOrg } from "@/features/shell/current-org";
import { PortalShell } from "@/features/shell/portal-shell";
import { currentActor } from "@/server/auth/actor";

/**
 * Provider staff pages in the console shell. Each page checks its own staff permission and answers 404
 * (./not-found.tsx, inside this shell); someone without a staff role sees it with their own
 * organisation's navigation.
 */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  const org = actor.staffRole ? null : await currentOrg(actor);
  return (
    <PortalShell actor={actor} org={org}>
      {children}
    </PortalShell>
  );
}
