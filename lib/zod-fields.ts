import type { ZodError } from "zod";

/** The messages of a failed zod parse per field path ("a.b"; "_" for the whole input): the `fields` of the API's error shape. */
export function zodFields(error: ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) (fields[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return fields;
}
