import "server-only";
import type { z } from "zod";
import { AppError } from "../../errors";

/** zod parsing for use cases: bad input becomes invalid_input with field errors (HTTP 400). */
export function parseTicketInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fields[issue.path.join(".") || "_"] ??= []).push(issue.message);
  throw new AppError("invalid_input", "The request is not valid.", fields);
}
