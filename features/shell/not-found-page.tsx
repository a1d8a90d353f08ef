import { currentActor } from "@/server/auth/actor";
import { shellCatalogue } from "@/lib/i18n/catalogues/messages-shell";
import { texts } from "@/server/i18n/texts";
import { currentOrg } from "./current-org";
import { NotFoundView } from "./not-found-view";
import { PortalShell } from "./portal-shell";
import { sectionLinks } from "./top-bar";

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
  const view = <NotFoundView t={shellMessages.notFound} links={await sectionLinks(actor, org)} />;
  return withShell ? (
    <PortalShell actor={actor} org={org}>
      {view}
    </PortalShell>
  ) : (
    view
  );
}
