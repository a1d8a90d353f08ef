import { cache } from "react";
import { currentActor } from "@/server/auth/actor";
import type { Actor, OrgMembership } from "@/server/auth/permissions";
import { shellCatalogue } from "@/lib/i18n/catalogues/messages-shell";
import { texts } from "@/server/i18n/texts";
import { currentOrg } from "./current-org";
import { NotFoundView } from "./not-found-view";
import { PortalShell } from "./portal-shell";
import { sectionLinks } from "./top-bar";

// Next.js renders both not-found boundaries (the root layout's and the console group's) into every
// page's payload; one element per request lets React send the view once and refer to it after.
const signedInView = cache(async (actor: Actor, org: OrgMembership | null) => {
  const { shellMessages } = await texts(shellCatalogue);
  // Called, not rendered as an element: the markup itself is the shared object.
  return NotFoundView({ t: shellMessages.notFound, links: await sectionLinks(actor, org) });
});

/**
 * The 404 page with the portal's navigation. Inside the console's layouts (`withShell` false) the
 * top bar is already there; for unknown addresses (the root not-found) it draws the shell itself.
 * Someone not signed in gets the way to sign in.
 */
export async function NotFoundPage({ withShell }: { withShell: boolean }) {
  const [actor, { shellMessages }] = await Promise.all([currentActor(), texts(shellCatalogue)]);
  if (!actor) {
    return (
      <main id="main" className="flex min-h-dvh items-start justify-center px-4 py-12">
        <NotFoundView t={shellMessages.notFound} links={[{ href: "/sign-in", label: shellMessages.notFound.signIn }]} />
      </main>
    );
  }
  const org = await currentOrg(actor);
  const view = await signedInView(actor, org);
  return withShell ? (
    <PortalShell actor={actor} org={org}>
      {view}
    </PortalShell>
  ) : (
    view
  );
}
