import { redirect } from "next/navigation";
import { currentActor } from "@/server/auth/actor";

export default async function Home() {
  const actor = await currentActor();
  redirect(actor ? "/clusters" : "/sign-in");
}
