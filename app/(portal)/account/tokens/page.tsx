import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageActor } from "@/features/support/load";
import { TokenManager } from "@/features/tokens/token-manager";
import { db } from "@/server/db";
import { listAccessTokens } from "@/server/store/access-tokens";
import { tokensCatalogue } from "@/lib/i18n/catalogues/messages-tokens";
import { texts } from "@/server/i18n/texts";

export async function generateMetadata(): Promise<Metadata> {
  const { tokenMessages: t } = await texts(tokensCatalogue);
  return { title: t.title };
}

/** The signed-in person's own access tokens (anyone signed in; tokens are never another's). */
export default async function AccessTokensPage() {
  const { tokenMessages: t } = await texts(tokensCatalogue);
  const actor = await requirePageActor();
  const tokens = await listAccessTokens(db(), actor.userId);
  return (
    <div className="max-w-5xl">
      <PageHeader
        title={t.title}
        description={t.description}
        actions={
          <a href="/api-docs" className="btn btn-secondary btn-md">
            {t.apiReference}
          </a>
        }
      />
      <TokenManager initial={tokens} />
    </div>
  );
}
