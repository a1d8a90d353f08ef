import { notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { TopBar } from "@/features/shell/top-bar";
import { currentActor } from "@/server/auth/actor";
import { canStaff } from "@/server/auth/permissions";

/** Provider staff pages: the same console shell; anyone else gets a 404. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  if (!canStaff(actor, "work:ticket-queue")) notFound();
  return (
    <div className="flex min-h-dvh flex-col">
      <TopBar actor={actor} org={null} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-[1600px] flex-1 px-4 py-6 focus:outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
