import { Cloud } from "lucide-react";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { AcceptInvitationForm, NewAccountForm } from "@/features/people/accept-invitation-forms";
import { currentActor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { readInvitationLink } from "@/server/domain/people/read-invitation-link";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { peopleCatalogue } from "@/lib/i18n/catalogues/messages-people";
import { texts } from "@/server/i18n/texts";

export async function generateMetadata(): Promise<Metadata> {
  const { inviteMessages: t } = await texts(peopleCatalogue);
  return { title: t.title, referrer: "no-referrer" };
}

/**
 * The page behind an invitation link: anyone with the link may open it (the token is the right).
 * A signed-in person with the invited address accepts; someone new creates an account; a link
 * that no longer works says why.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { inviteMessages: t } = await texts(peopleCatalogue);
  const { token } = await params;
  const [link, actor] = await Promise.all([readInvitationLink(db(), token), currentActor()]);
  if (!link.usable) {
    return (
      <Frame title={t.unusableTitle}>
        <Alert tone="warning" data-testid="invitation-unusable">
          {t.unusable[link.reason]}
        </Alert>
        {actor ? null : (
          <a href="/sign-in" className="mt-4 inline-block text-sm text-accent-700 underline dark:text-accent-400">
            {t.signIn}
          </a>
        )}
      </Frame>
    );
  }
  const intro = <p className="mb-5 mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t.invitedAs(link.email, link.role)}</p>;
  if (actor) {
    return (
      <Frame title={t.heading(link.orgName)}>
        {intro}
        {actor.email.toLowerCase() === link.email ? <AcceptInvitationForm token={token} /> : <Alert tone="warning">{t.otherAccount(actor.email)}</Alert>}
      </Frame>
    );
  }
  if (link.accountExists) {
    return (
      <Frame title={t.heading(link.orgName)}>
        {intro}
        <Alert tone="info">{t.existingAccount}</Alert>
        <a href={`/sign-in?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`} className="btn btn-primary btn-md mt-4 w-full">
          {t.signIn}
        </a>
      </Frame>
    );
  }
  return (
    <Frame title={t.heading(link.orgName)}>
      {intro}
      <p className="mb-4 text-sm">{t.newAccount}</p>
      <NewAccountForm token={token} />
    </Frame>
  );
}

async function Frame({ title, children }: { title: string; children: ReactNode }) {
  const { messages } = await texts(messagesCatalogue);
  return (
    <div className="w-full max-w-md">
      <div className="mb-6 flex items-center justify-center gap-2 text-neutral-900 dark:text-neutral-100">
        <span className="flex size-8 items-center justify-center rounded-md bg-accent-600 text-white">
          <Cloud aria-hidden className="size-5" />
        </span>
        <span className="text-base font-semibold">{messages.app.name}</span>
      </div>
      <div className="rounded-lg border border-neutral-200 bg-white p-6 shadow-sm dark:border-neutral-800 dark:bg-neutral-900">
        <h1 className="text-lg font-semibold">{title}</h1>
        {children}
      </div>
    </div>
  );
}
