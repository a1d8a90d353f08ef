import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { PortalShell } from "@/features/shell/portal-shell";
import { currentActor } from "@/server/auth/actor";
import { canStaff } from "@/server/auth/permissions";

/** Provider staff pages: the same console shell; anyone else gets the 404 page (each page checks again). */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  if (!canStaff(actor, "work:ticket-queue")) notFound();
  return (
    <PortalShell actor={actor} org={null}>
      {children}
    </PortalShell>
  );
}
