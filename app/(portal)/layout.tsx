import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { currentOrg } from "@/features/shell/current-org";
import { PortalShell } from "@/features/shell/portal-shell";
import { currentActor } from "@/server/auth/actor";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  const org = await currentOrg(actor);
  return (
    <PortalShell actor={actor} org={org}>
      {children}
    </PortalShell>
  );
}
