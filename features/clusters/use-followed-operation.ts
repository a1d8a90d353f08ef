"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { usePolling } from "@/lib/use-polling";
import { isActiveOperation, type OperationDto } from "./operation-types";

/**
 * Follows one operation a button started (or one already running) until it ends, then has the
 * server page read its data again. `current` is the followed operation once an answer names it.
 */
export function useFollowedOperation(initialId: string | null = null) {
  const router = useRouter();
  const [operationId, follow] = useState<string | null>(initialId);
  const { data: operation } = usePolling<OperationDto>(`/api/v1/operations/${operationId}`, 1000, {
    enabled: operationId !== null,
    stopWhen: (op) => !isActiveOperation(op.status),
  });
  const current = operation && operation.id === operationId ? operation : undefined;
  const finished = current !== undefined && !isActiveOperation(current.status);

  useEffect(() => {
    if (finished) router.refresh();
  }, [finished, router]);

  return { follow, current, busy: operationId !== null && !finished };
}
