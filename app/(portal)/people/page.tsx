import { Users } from "lucide-react";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/features/lists/pagination";
import { PeopleManager } from "@/features/people/people-manager";
import { currentOrg } from "@/features/shell/current-org";
import { requirePageActor } from "@/features/support/load";
import { db } from "@/server/db";
import { countOrgOwners, listInvitations, listPeople, mayManagePeople } from "@/server/domain/people/list-people";
import { peopleCatalogue } from "@/lib/i18n/catalogues/messages-people";
import { texts } from "@/server/i18n/texts";

export async function generateMetadata(): Promise<Metadata> {
  const { peopleMessages: t } = await texts(peopleCatalogue);
  return { title: t.title };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const pageParam = (value: string | string[] | undefined) => (typeof value === "string" && /^\d{1,5}$/.test(value) && Number(value) > 0 ? Number(value) : 1);

/** The current organisation's members (every member sees them); owners also invite and manage. */
export default async function PeoplePage({ searchParams }: { searchParams: SearchParams }) {
  const { peopleMessages: t } = await texts(peopleCatalogue);
  const actor = await requirePageActor();
  const org = await currentOrg(actor);
  if (!org) {
    return (
      <>
        <PageHeader title={t.title} />
        <Card>
          <EmptyState icon={Users} title={t.title}>
            {t.noOrgBody}
          </EmptyState>
        </Card>
      </>
    );
  }
  const params = await searchParams;
  const memberPage = pageParam(params.page);
  const invitationPage = pageParam(params.invitations);
  const manage = mayManagePeople(actor, org.orgId);
  const [members, invitations, ownerCount] = await Promise.all([
    listPeople(db(), actor, org.orgId, { page: memberPage }),
    manage ? listInvitations(db(), actor, org.orgId, { page: invitationPage }) : null,
    manage ? countOrgOwners(db(), actor, org.orgId) : 0,
  ]);
  const href = (key: "page" | "invitations") => (page: number) => {
    const query = new URLSearchParams({ page: String(memberPage), invitations: String(invitationPage), [key]: String(page) });
    return `/people?${query}`;
  };
  return (
    <div className="max-w-6xl">
      <PageHeader title={t.title} description={t.description(org.orgName)} />
      <PeopleManager
        orgId={org.orgId}
        selfId={actor.userId}
        manage={manage}
        ownerCount={ownerCount}
        members={members.items}
        invitations={invitations?.items ?? []}
        membersPager={members.total > members.pageSize ? <Pagination page={members.page} pageSize={members.pageSize} total={members.total} href={href("page")} /> : null}
        invitationsPager={invitations && invitations.total > invitations.pageSize ? <Pagination page={invitations.page} pageSize={invitations.pageSize} total={invitations.total} href={href("invitations")} /> : null}
      />
    </div>
  );
}
