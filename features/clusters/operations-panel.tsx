import { Card, CardHeader } from "@/components/ui/card";
import { operationsCatalogue } from "@/lib/i18n/catalogues/messages-operations";
import { statusCatalogue } from "@/lib/i18n/catalogues/messages-status";
import { requestLocale, texts } from "@/server/i18n/texts";
import { LiveOperation } from "./live-operation-lazy";
import { isActiveOperation, type OperationDto } from "./operation-types";
import { OperationRow, operationRowTexts } from "./operation-row";
import type { RefreshStatusHeader } from "./refresh-status";

/**
 * Recent operations of a cluster, drawn on the server in the request's language. Only what changes
 * in the browser is client code: a running operation's row (polling; its code loads only when one is
 * listed), a finished one's folded steps and the Refresh status action. When a running operation
 * ends, or a refresh starts, the page is drawn again from the server. The page that offers Refresh
 * status passes its header (`refreshHeader`): imported there, its code is not part of the other
 * pages that list operations.
 */
export async function OperationsPanel({
  clusterId,
  initial: operations,
  timeZone,
  refreshHeader: RefreshHeader,
}: {
  clusterId: string;
  initial: OperationDto[];
  timeZone: string;
  refreshHeader?: typeof RefreshStatusHeader;
}) {
  const [{ operationMessages: t }, { statusMessages }, locale] = await Promise.all([texts(operationsCatalogue), texts(statusCatalogue), requestLocale()]);
  const refreshRunning = operations.some((operation) => operation.kind === "cluster.refresh-status" && isActiveOperation(operation.status));
  return (
    <Card aria-labelledby="operations-heading">
      {RefreshHeader ? (
        <RefreshHeader clusterId={clusterId} title={t.operations} refreshLabel={t.refresh} refreshFailed={t.refreshFailed} running={refreshRunning} />
      ) : (
        <CardHeader id="operations-heading" title={t.operations} />
      )}
      {operations.length === 0 ? (
        <p className="px-4 py-6 text-center text-sm text-neutral-600 dark:text-neutral-400">{t.operationsEmpty}</p>
      ) : (
        <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
          {operations.map((operation) =>
            isActiveOperation(operation.status) ? (
              <LiveOperation key={operation.id} initial={operation} timeZone={timeZone} />
            ) : (
              <OperationRow key={operation.id} operation={operation} texts={operationRowTexts(operation, t, statusMessages, timeZone, locale)} />
            ),
          )}
        </ul>
      )}
    </Card>
  );
}
