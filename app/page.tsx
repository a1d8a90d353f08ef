import { redirect } from "next/navigation";
import { currentActor } from "@/server/auth/actor";
import { landingPath } from "@/lib/landing";

/** Where "/" and a sign-in without a destination lead: staff to their work, customers to their clusters. */
export default async function Home() {
  const actor = await currentActor();
  redirect(actor ? landingPath(actor.staffRole) : "/sign-in");
}
