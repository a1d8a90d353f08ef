// No NUL characters in any text from a person or a client (PostgreSQL cannot store them), written
// once. Without zod, so that a browser form can check it without loading the schema library
// (lib/text.ts builds the schemas on it).

export const NUL_MESSAGE = "Text cannot contain NUL characters.";

export function hasNul(value: string): boolean {
  return value.includes("\u0000");
}
