import { Activity, Archive, BellRing, Boxes, ClipboardCheck, LayoutDashboard, LifeBuoy, RefreshCw, Settings, ShieldCheck } from "lucide-react";
import { cn } from "@/components/ui/cn";
import { NavLink } from "@/features/shell/nav-link";
import { navCatalogue } from "@/lib/i18n/catalogues/messages-nav";
import type { navMessages as enNav } from "@/lib/messages-nav";
import { texts } from "@/server/i18n/texts";

type Section = Exclude<keyof typeof enNav.clusterSections, "unavailable">;

/** Sections of a cluster; `available: false` ones are shown but not linked until they are built. */
const ITEMS = [
  { segment: "", section: "overview" as Section, icon: LayoutDashboard, available: true },
  { segment: "environments", section: "environments" as Section, icon: Boxes, available: true },
  { segment: "backups", section: "backups" as Section, icon: Archive, available: true },
  { segment: "settings", section: "settings" as Section, icon: Settings, available: true },
  { segment: "updates", section: "updates" as Section, icon: RefreshCw, available: true },
  { segment: "compliance", section: "compliance" as Section, icon: ShieldCheck, available: true },
  { segment: "monitoring", section: "monitoring" as Section, icon: BellRing, available: true },
  { segment: "approvals", section: "approvals" as Section, icon: ClipboardCheck, available: true },
  { segment: "support", section: "support" as Section, icon: LifeBuoy, available: true },
  { segment: "activity", section: "activity" as Section, icon: Activity, available: true },
] as const;

const itemClass = "flex h-8 items-center gap-2 rounded-md px-2.5 text-sm";

/**
 * The left navigation of a cluster. Rendered on the server (icons are plain SVG in the HTML);
 * only the active marking runs in the browser, through the top bar's NavLink.
 */
export async function ClusterNav({ clusterId }: { clusterId: string }) {
  const { navMessages } = await texts(navCatalogue);
  const t = navMessages.clusterSections;
  const base = `/clusters/${clusterId}`;
  return (
    <nav aria-label={navMessages.clusterNav}>
      <ul className="flex gap-0.5 overflow-x-auto lg:flex-col">
        {ITEMS.map((item) => {
          const Icon = item.icon;
          return (
            <li key={item.segment || "overview"}>
              {item.available ? (
                <NavLink href={item.segment ? `${base}/${item.segment}` : base} exact={!item.segment} look="cluster">
                  <Icon aria-hidden className="size-4 shrink-0" />
                  {t[item.section]}
                </NavLink>
              ) : (
                <span role="link" aria-disabled="true" title={t.unavailable} className={cn(itemClass, "cursor-default text-neutral-400 dark:text-neutral-600")}>
                  <Icon aria-hidden className="size-4 shrink-0" />
                  {t[item.section]}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
