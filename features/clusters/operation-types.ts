import type { OperationStatus } from "@/generated/prisma/enums";

export interface OperationStepDto {
  name: string;
  status: "pending" | "running" | "succeeded" | "failed" | "skipped";
  detail?: string;
}

/** An operation as the browser sees it (the shape of GET /api/v1/operations/{id}, plus who asked). */
export interface OperationDto {
  id: string;
  kind: string;
  status: OperationStatus;
  progress: number;
  steps: OperationStepDto[];
  error: unknown;
  createdAt: string;
  finishedAt?: string | null;
  requestedBy?: string | null;
}

export function isActiveOperation(status: OperationStatus | undefined): boolean {
  return status === "QUEUED" || status === "RUNNING";
}

/** The readable message of an error stored as JSON ({ code, message } or a string). */
export function errorMessage(error: unknown): string | null {
  if (!error) return null;
  if (typeof error === "string") return error;
  if (typeof error === "object") {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof message === "string") return typeof code === "string" ? `${code}: ${message}` : message;
    if (typeof code === "string") return code;
  }
  return null;
}
