import "server-only";
import type { ZodError, z } from "zod";
import { AppError } from "./errors";

// zod parsing for routes, actions and use cases: bad input becomes invalid_input (HTTP 400) with
// the messages per field, and nothing is changed.

export function parseInput<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidInput(parsed.error);
  return parsed.data;
}

export function invalidInput(error: ZodError): AppError {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) (fields[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return new AppError("invalid_input", "The request is not valid.", fields);
}
