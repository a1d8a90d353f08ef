import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { apiDocsCatalogue } from "@/lib/i18n/catalogues/messages-api-docs";
import { texts } from "@/server/i18n/texts";

// A server-rendered reference built from the OpenAPI document itself: no client code, no CDN.

type Json = Record<string, unknown>;

interface Operation {
  operationId: string;
  tags: string[];
  summary: string;
  parameters?: { name: string; in: string; required: boolean; schema: Json }[];
  requestBody?: { description?: string; content: Record<string, { schema: Json }> };
  security: Record<string, string[]>[];
  responses: Record<string, { description: string }>;
}

export interface ReferenceDocument {
  info: Json;
  paths: Record<string, Record<string, Json>>;
  tags: Json[];
}

const METHOD_TONE = { get: "blue", post: "green", put: "amber", patch: "amber", delete: "red" } as const;

function schemaSummary(schema: Json): string {
  const parts = [schema.type ?? (schema.enum ? "enum" : schema.anyOf ? "one of" : "any")];
  if (Array.isArray(schema.enum)) parts.push(schema.enum.join(" | "));
  if (typeof schema.minimum === "number" || typeof schema.maximum === "number") parts.push(`${schema.minimum ?? ""}…${schema.maximum ?? ""}`);
  if (typeof schema.maxLength === "number") parts.push(`≤ ${schema.maxLength} chars`);
  if (schema.default !== undefined) parts.push(`default ${JSON.stringify(schema.default)}`);
  return parts.join(", ");
}

export async function ApiReference({ document, basePath }: { document: ReferenceDocument; basePath: string }) {
  const { apiDocsMessages: t } = await texts(apiDocsCatalogue);
  const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method, operation: operation as unknown as Operation })));
  const tags = document.tags.map((tag) => String(tag.name));
  const description = String(document.info.description ?? "").split("\n\n");
  return (
    <div className="space-y-6">
      <Card>
        <CardBody className="space-y-2 text-sm">
          {description.map((paragraph) => (
            <p key={paragraph} className="whitespace-pre-line">
              {paragraph.replaceAll("**", "")}
            </p>
          ))}
        </CardBody>
      </Card>
      <nav aria-label={t.contents}>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {tags.map((tag) => (
            <li key={tag}>
              <a className="text-accent-700 underline dark:text-accent-300" href={`#${anchor(tag)}`}>
                {tag}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={anchor(tag)} className="space-y-3">
          <h2 id={anchor(tag)} className="text-lg font-semibold">
            {tag}
          </h2>
          {operations
            .filter(({ operation }) => operation.tags.includes(tag))
            .map(({ path, method, operation }) => (
              <OperationCard key={operation.operationId} path={`${basePath}${path}`} method={method} operation={operation} />
            ))}
        </section>
      ))}
    </div>
  );
}

async function OperationCard({ path, method, operation }: { path: string; method: string; operation: Operation }) {
  const { apiDocsMessages: t } = await texts(apiDocsCatalogue);
  const scope = operation.security.find((entry) => entry.bearerAuth)?.bearerAuth?.[0];
  const body = operation.requestBody ? Object.entries(operation.requestBody.content)[0] : null;
  return (
    <Card id={operation.operationId} aria-labelledby={`${operation.operationId}-title`}>
      <CardHeader
        id={`${operation.operationId}-title`}
        level={3}
        title={
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone={METHOD_TONE[method as keyof typeof METHOD_TONE]} className="font-mono uppercase">
              {method}
            </Badge>
            {/* A long path breaks where it must instead of widening the card on a phone. */}
            <code className="min-w-0 font-mono text-sm wrap-anywhere">{path}</code>
          </span>
        }
        description={operation.summary}
        actions={scope ? <span className="text-xs text-neutral-600 dark:text-neutral-400">{t.scope(scope)}</span> : null}
      />
      <CardBody className="space-y-3 text-sm">
        {operation.parameters?.length ? (
          <div>
            <h4 className="mb-1 text-xs font-semibold uppercase text-neutral-600 dark:text-neutral-400">{t.parameters}</h4>
            <Table>
              <THead>
                <tr>
                  <TH>{t.columns.name}</TH>
                  <TH>{t.columns.in}</TH>
                  <TH>{t.columns.schema}</TH>
                </tr>
              </THead>
              <TBody>
                {operation.parameters.map((parameter) => (
                  <TR key={`${parameter.in}-${parameter.name}`}>
                    <TD className="font-mono text-xs">
                      {parameter.name}
                      {parameter.required ? <span className="ml-1 text-neutral-600 dark:text-neutral-400">({t.required})</span> : null}
                    </TD>
                    <TD>{parameter.in}</TD>
                    <TD>{schemaSummary(parameter.schema)}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          </div>
        ) : null}
        {body ? (
          <div>
            <h4 className="mb-1 text-xs font-semibold uppercase text-neutral-600 dark:text-neutral-400">
              {t.requestBody} <span className="font-mono normal-case">{body[0]}</span>
            </h4>
            {operation.requestBody?.description ? <p>{operation.requestBody.description}</p> : null}
            {body[0] === "application/json" ? (
              <pre tabIndex={0} className="max-h-80 overflow-auto rounded-md bg-neutral-100 p-3 font-mono text-xs dark:bg-neutral-950">
                {JSON.stringify(body[1].schema, null, 2)}
              </pre>
            ) : null}
          </div>
        ) : null}
        <div>
          <h4 className="mb-1 text-xs font-semibold uppercase text-neutral-600 dark:text-neutral-400">{t.responses}</h4>
          <ul className="space-y-0.5">
            {Object.entries(operation.responses).map(([status, response]) => (
              <li key={status}>
                <span className="font-mono font-semibold">{status}</span> {response.description}
              </li>
            ))}
          </ul>
        </div>
      </CardBody>
    </Card>
  );
}

function anchor(tag: string): string {
  return `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

export async function ApiDocsLinks() {
  const { apiDocsMessages: t } = await texts(apiDocsCatalogue);
  return (
    <>
      <a href="/account/tokens" className="btn btn-secondary btn-md">
        {t.tokens}
      </a>
      <a href="/api/v1/openapi.json" download="openapi.json" className="btn btn-primary btn-md">
        {t.download}
      </a>
    </>
  );
}
