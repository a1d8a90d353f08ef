import type { ReactNode } from "react";
import { currentOrg } from "@/features/shell/current-org";
import { PortalShell } from "@/features/shell/portal-shell";
import { currentActor } from "@/server/auth/actor";

/**
 * The console's shell for someone signed in. Not a gate: every page sends someone signed out to
 * sign-in itself (tests/e2e/route-matrix.spec.ts), and an unknown address answers them 404 with the way
 * to sign in (./[...missing]).
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) return children;
  const org = await currentOrg(actor);
  return (
    <PortalShell actor={actor} org={org}>
      {children}
    </PortalShell>
  );
}
