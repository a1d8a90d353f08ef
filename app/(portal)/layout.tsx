import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { currentOrg } from "@/features/shell/current-org";
import { TopBar } from "@/features/shell/top-bar";
import { currentActor } from "@/server/auth/actor";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  if (!actor) redirect("/sign-in");
  const org = await currentOrg(actor);
  return (
    <div className="flex min-h-dvh flex-col">
      <TopBar actor={actor} org={org} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-[1600px] flex-1 px-4 py-6 focus:outline-none sm:px-6">
        {children}
      </main>
    </div>
  );
}
