"use client";

import { useLocale, useTexts } from "@/components/i18n/locale-provider";
import { formatDateTime } from "@/lib/format";
import { codeBlocksCatalogue } from "@/lib/i18n/catalogues/messages-code-blocks";
import { messagesCatalogue } from "@/lib/i18n/catalogues/messages";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";
import { supportCatalogue } from "@/lib/i18n/catalogues/messages-support";

interface Logs {
  collectedAt?: string;
  cluster?: { name?: string; status?: string; region?: string; lastError?: unknown };
  operations?: { kind?: string; status?: string; error?: unknown; createdAt?: string; finishedAt?: string | null }[];
  failedComponents?: { kind?: string; name?: string; error?: unknown }[];
  environments?: { name?: string; state?: string; instances?: number; runtimeVersion?: string | null; selected?: boolean }[];
}

const asLogs = (value: unknown): Logs => (value && typeof value === "object" && !Array.isArray(value) ? (value as Logs) : {});
const list = <T,>(value: T[] | undefined): T[] => (Array.isArray(value) ? value : []);

function errorText(error: unknown): string | null {
  if (!error) return null;
  if (typeof error === "string") return error;
  if (typeof error === "object") {
    const { code, message } = error as { code?: unknown; message?: unknown };
    const text = [code, message].filter((part) => typeof part === "string" && part).join(": ");
    return text || JSON.stringify(error);
  }
  return String(error);
}

const label = (map: Record<string, string>, key: string | undefined) => (key ? (map[key] ?? key) : "—");

/** The recent logs attached to a ticket, as sentences and lists; the raw data stays one click away. */
export function TicketLogs({ logs, timeZone }: { logs: unknown; timeZone: string }) {
  const t = useTexts(supportCatalogue).supportMessages.detail;
  const locale = useLocale();
  const { statusMessages } = useTexts(statusCatalogue);
  const { messages } = useTexts(messagesCatalogue);
  const { codeBlockMessages } = useTexts(codeBlocksCatalogue);
  const data = asLogs(logs);
  const operations = list(data.operations);
  const components = list(data.failedComponents);
  const environments = list(data.environments);
  const clusterError = errorText(data.cluster?.lastError);
  return (
    <div className="space-y-3 text-sm">
      {data.collectedAt ? <p className="text-xs text-neutral-600 dark:text-neutral-400">{t.logsCollected(formatDateTime(data.collectedAt, timeZone, "—", locale))}</p> : null}
      {data.cluster ? (
        <p>
          <span className="font-medium">{t.logsCluster}: </span>
          {[data.cluster.name, data.cluster.status ? label(statusMessages.clusterStatus as Record<string, string>, data.cluster.status) : null, data.cluster.region].filter(Boolean).join(" · ")}
          {clusterError ? <span className="block text-red-700 dark:text-red-400">{clusterError}</span> : null}
        </p>
      ) : null}
      <section>
        <h3 className="font-medium">{t.logsOperations}</h3>
        {operations.length ? (
          <ul className="mt-1 space-y-1">
            {operations.map((operation, index) => (
              <li key={index} className="border-l-2 border-neutral-200 pl-2 dark:border-neutral-700">
                {label(statusMessages.operationKind, operation.kind)} · {label(statusMessages.operationStatus as Record<string, string>, operation.status)} ·{" "}
                <span className="text-neutral-600 dark:text-neutral-400">{formatDateTime(operation.createdAt ?? null, timeZone, "—", locale)}</span>
                {errorText(operation.error) ? <span className="block text-xs text-red-700 dark:text-red-400">{errorText(operation.error)}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-neutral-600 dark:text-neutral-400">{t.logsNone}</p>
        )}
      </section>
      <section>
        <h3 className="font-medium">{t.logsFailedComponents}</h3>
        {components.length ? (
          <ul className="mt-1 space-y-1">
            {components.map((component, index) => (
              <li key={index}>
                {label(messages.componentKind as Record<string, string>, component.kind)} ({component.name})
                {errorText(component.error) ? <span className="block text-xs text-red-700 dark:text-red-400">{errorText(component.error)}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-neutral-600 dark:text-neutral-400">{t.logsNone}</p>
        )}
      </section>
      <section>
        <h3 className="font-medium">{t.logsEnvironments}</h3>
        {environments.length ? (
          <ul className="mt-1 space-y-1">
            {environments.map((environment, index) => (
              <li key={index}>
                {environment.name} · {label(statusMessages.environmentState as Record<string, string>, environment.state)}
                {environment.runtimeVersion ? ` · ${environment.runtimeVersion}` : ""}
                {environment.selected ? <span className="text-neutral-600 dark:text-neutral-400"> ({t.logsSelected})</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-neutral-600 dark:text-neutral-400">{t.logsNone}</p>
        )}
      </section>
      <details>
        <summary className="cursor-pointer text-xs">{t.logsRaw}</summary>
        <pre role="region" aria-label={codeBlockMessages.ticketLogs} tabIndex={0} className="mt-2 max-h-96 overflow-auto rounded-md bg-neutral-100 p-2 font-mono text-xs dark:bg-neutral-800">
          {JSON.stringify(logs, null, 2)}
        </pre>
      </details>
    </div>
  );
}
