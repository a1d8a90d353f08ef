// Stands in for `next/headers` when integration tests call the app's route handlers in-process:
// `cookies()` and `headers()` answer from the Request being handled, as Next.js does inside a
// request. Everything else a route handler runs is the product's own code.
import { AsyncLocalStorage } from "node:async_hooks";

const scope = new AsyncLocalStorage<Request>();

/** Runs `handle` as Next.js would run a route handler for `request`. */
export function runInRequestScope<T>(request: Request, handle: () => Promise<T>): Promise<T> {
  return scope.run(request, handle);
}

function current(): Request {
  const request = scope.getStore();
  if (!request) throw new Error("`headers()`/`cookies()` was called outside a request scope");
  return request;
}

export async function headers(): Promise<Headers> {
  return new Headers(current().headers);
}

interface Cookie {
  name: string;
  value: string;
}

export async function cookies() {
  const all: Cookie[] = (current().headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf("=");
      return eq < 0 ? { name: part, value: "" } : { name: part.slice(0, eq), value: decodeURIComponent(part.slice(eq + 1)) };
    });
  return {
    get: (name: string) => all.find((cookie) => cookie.name === name),
    getAll: (name?: string) => (name ? all.filter((cookie) => cookie.name === name) : all),
    has: (name: string) => all.some((cookie) => cookie.name === name),
  };
}
