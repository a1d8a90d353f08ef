import { currentActor } from "@/server/auth/actor";
import { shellPagesCatalogue } from "@/lib/i18n/catalogues/messages-shell-pages";
import { texts } from "@/server/i18n/texts";
import { currentOrg } from "./current-org";
import { NotFoundView } from "./not-found-view";
import { sectionLinks } from "./top-bar";

const MAIN_CLASS = "flex min-h-dvh items-start justify-center px-4 py-12";

/**
 * The 404 page. Next.js renders every layout's not-found into every page's payload (as the fallback of
 * its boundary), so this stays cheap: no shell of its own.
 * - `console`: inside the console's layouts (their shell is already drawn), with links to the sections
 *   the user can open; unknown addresses land here too (`app/(portal)/[...missing]`).
 * - `root`: outside them (the sign-in and invitation pages): one way on, to the clusters or to sign in.
 * Someone not signed in gets the way to sign in (docs/decisions/0039-page-speed-fallbacks-and-csp.md).
 */
export async function NotFoundPage({ place }: { place: "console" | "root" }) {
  const [actor, { notFoundMessages: t }] = await Promise.all([currentActor(), texts(shellPagesCatalogue)]);
  if (!actor || place === "root") {
    const links = actor ? [{ href: "/clusters", label: t.home }] : [{ href: "/sign-in", label: t.signIn }];
    return (
      <main id="main" className={MAIN_CLASS}>
        <NotFoundView t={t} links={links} />
      </main>
    );
  }
  return <NotFoundView t={t} links={await sectionLinks(actor, await currentOrg(actor))} />;
}
