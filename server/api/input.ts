import "server-only";
import { AppError } from "../errors";

export { invalidInput, parseInput } from "../validate";

// Request parsing shared by every /api/v1 handler; free of Next.js imports so handlers can be
// called directly by integration tests.

export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("invalid_input", "The request body is not valid JSON.");
  }
}
