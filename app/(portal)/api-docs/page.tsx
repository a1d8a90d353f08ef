import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { ApiDocsLinks, ApiReference } from "@/features/api-docs/api-reference";
import { requirePageActor } from "@/features/support/load";
import { openApiDocument } from "@/server/api/openapi/document";
import { apiDocsCatalogue } from "@/lib/i18n/catalogues/messages-api-docs";
import { texts } from "@/server/i18n/texts";

export const metadata: Metadata = { title: "API reference" };

/** The API reference, rendered on the server from the same OpenAPI document /api/v1/openapi.json serves. */
export default async function ApiDocsPage() {
  const { apiDocsMessages: t } = await texts(apiDocsCatalogue);
  await requirePageActor();
  const document = openApiDocument();
  return (
    <div className="max-w-5xl">
      <PageHeader title={t.title} description={t.description} actions={<ApiDocsLinks />} />
      <ApiReference document={document} basePath={String(document.servers[0]?.url ?? "")} />
    </div>
  );
}
