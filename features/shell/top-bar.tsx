import { Cloud } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { shellCatalogue } from "@/lib/i18n/catalogues/messages-shell";
import { peopleCatalogue } from "@/lib/i18n/catalogues/messages-people";
import type { Actor, OrgMembership } from "@/server/auth/permissions";
import { texts } from "@/server/i18n/texts";
import { NavLink } from "./nav-link";
import { MobileNav } from "./mobile-nav";
import { OrgSwitcher } from "./org-switcher";
import { NotificationBell } from "@/features/support/notification-bell";
import { UserMenu } from "./user-menu";

/** The sections of the console the actor may open, in the order of the top bar, in the request's language. */
export async function sectionLinks(actor: Actor, org: OrgMembership | null): Promise<{ href: string; label: string }[]> {
  const [{ messages }, { peopleMessages }] = await Promise.all([texts(messagesCatalogue), texts(peopleCatalogue)]);
  const t = messages.nav;
  const staff = actor.staffRole;
  if (staff) {
    return [
      { href: "/clusters", label: t.clusters },
      { href: "/staff/support", label: t.supportQueue },
      ...(staff === "ADMIN" ? [{ href: "/admin", label: t.admin }] : []),
    ];
  }
  return [
    { href: "/clusters", label: t.clusters },
    { href: "/support", label: t.supportCenter },
    { href: "/activity", label: t.activity },
    { href: "/people", label: peopleMessages.title },
    // Azure connections are the owners' (the page answers 404 to anyone else).
    ...(org?.role === "OWNER" ? [{ href: "/connections", label: t.connections }] : []),
  ];
}

/**
 * The cloud-console top bar: product, organisation, sections, account. From the md breakpoint
 * the sections sit in the bar; below it they (and the organisation switcher) move into the menu
 * of MobileNav, so the bell and the account menu (Sign out) always stay on screen.
 */
export async function TopBar({ actor, org }: { actor: Actor; org: OrgMembership | null }) {
  const [{ messages }, { shellMessages }, links] = await Promise.all([texts(messagesCatalogue), texts(shellCatalogue), sectionLinks(actor, org)]);
  const t = messages.nav;
  // The client parts of the bar get their texts from here: no catalogue is part of every page's first load.
  const orgLabels = { organization: t.organization, switchOrganization: t.switchOrganization };
  const staff = actor.staffRole;
  const roleLabel = staff ? t.staffRole : org ? t.roleInOrg(org.orgName) : t.organization;
  const roleValue = staff ? messages.roles[staff] : org ? messages.roles[org.role] : "—";
  const orgs = actor.memberships.map((m) => ({ id: m.orgId, name: m.orgName }));

  return (
    <header className="sticky top-0 z-40 bg-neutral-900 text-neutral-100 shadow-sm dark:border-b dark:border-neutral-800 dark:bg-neutral-950">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-1.5 focus:text-neutral-900"
      >
        {messages.app.skipToContent}
      </a>
      <div className="mx-auto flex h-12 max-w-[1600px] items-center gap-2 px-2 sm:px-4 md:gap-4">
        <MobileNav
          links={links}
          org={!staff && org ? <OrgSwitcher orgs={orgs} currentOrgId={org.orgId} idPrefix="mobile" labels={orgLabels} /> : null}
          labels={{ main: t.main, openMenu: shellMessages.openMenu, closeMenu: shellMessages.closeMenu }}
        />
        <a href="/clusters" className="flex shrink-0 items-center gap-2 rounded font-semibold text-white focus-visible:outline-2 focus-visible:outline-accent-400">
          <span className="flex size-6 items-center justify-center rounded bg-accent-600">
            <Cloud aria-hidden className="size-4" />
          </span>
          <span className="hidden sm:inline">{messages.app.name}</span>
        </a>
        <span aria-hidden className="hidden h-5 w-px bg-neutral-700 md:block" />
        {staff ? (
          <Badge tone="violet" className="hidden border-violet-700 bg-violet-950 text-violet-200 sm:inline-flex">
            {messages.roles[staff]}
          </Badge>
        ) : org ? (
          <div className="hidden md:block">
            <OrgSwitcher orgs={orgs} currentOrgId={org.orgId} labels={orgLabels} />
          </div>
        ) : null}
        <nav aria-label={t.main} className="ml-2 hidden h-12 min-w-0 items-stretch md:flex">
          <ul className="flex items-stretch">
            {links.map((link) => (
              <li key={link.href} className="flex">
                <NavLink href={link.href} look="top">
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-2">
          {staff ? null : <NotificationBell />}
          <UserMenu name={actor.name} email={actor.email} roleLabel={roleLabel} roleValue={roleValue} label={t.userMenu} />
        </div>
      </div>
    </header>
  );
}
