import "server-only";
import type { OperationDto } from "@/features/clusters/operation-types";
import { operationView } from "@/server/store/operations";

/** Operations as the live operations panel takes them. */
export function operationDtos(operations: (Parameters<typeof operationView>[0] & { requestedBy: { name: string } | null })[]): OperationDto[] {
  return operations.map((operation) => ({ ...operationView(operation), requestedBy: operation.requestedBy?.name ?? null })) as OperationDto[];
}
